// A convenience only: sends anonymous visitors of signed-in pages to /login before rendering.
// Every page, action and route handler checks the user itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";

const sessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = sessionCookieNames.some((name) => request.cookies.has(name));
  if (!hasSession) {
    const loginUrl = new URL("/login", request.url);
    return NextResponse.redirect(loginUrl);
  }
  const response = NextResponse.next();
  // Signed-in pages hold personal and official data: never store them in shared caches.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: ["/((?!login|api|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
