// The stand-in request of integration tests: who is signed in, and the cookies set.
export const testRequest = {
  userId: null as string | null,
  cookies: new Map<string, string>(),
  headers: {} as Record<string, string>,
};

/** The session each user signed in with (a real UserSession row, started on first use). */
const sessionIds = new Map<string, string>();

export async function testSessionOf(userId: string): Promise<string> {
  let sessionId = sessionIds.get(userId);
  if (!sessionId) {
    const { db } = await import("@/lib/db");
    sessionId = (await db.userSession.create({ data: { userId, userAgent: "integration test" }, select: { id: true } })).id;
    sessionIds.set(userId, sessionId);
  }
  return sessionId;
}

/** The user signs in again: their next call runs in a new session. */
export function signInAgain(user: { id: string }): void {
  sessionIds.delete(user.id);
  actAs(user);
}

/** Acts as this user (or anonymously with null) for the following calls. */
export function actAs(user: { id: string } | null): void {
  testRequest.userId = user?.id ?? null;
  testRequest.cookies.clear();
}
