// Integration tests call server actions and data functions directly, as Next would, outside a
// real request: the session, cookies and cache revalidation are stood in for here. Everything
// else (the action wrapper, permissions, the database) is the real code.
import { vi } from "vitest";
import { testRequest, testSessionOf } from "../helpers/request";

vi.mock("@/lib/auth/config", () => ({
  auth: async () =>
    testRequest.userId
      ? { user: { id: testRequest.userId }, sessionId: await testSessionOf(testRequest.userId), expires: new Date(Date.now() + 3_600_000).toISOString() }
      : null,
  signIn: vi.fn(),
  signOut: vi.fn(),
  handlers: {},
}));

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
}));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void testRequest.cookies.set(name, value),
    delete: (name: string) => void testRequest.cookies.delete(name),
    has: (name: string) => testRequest.cookies.has(name),
  }),
  headers: async () => new Headers(testRequest.headers),
}));
