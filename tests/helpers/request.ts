// The stand-in request of integration tests: who is signed in, and the cookies set.
export const testRequest = {
  userId: null as string | null,
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
};

/** Acts as this user (or anonymously with null) for the following calls. */
export function actAs(user: { id: string } | null): void {
  testRequest.userId = user?.id ?? null;
  testRequest.cookies.clear();
}
