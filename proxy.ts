// Runs before every page: gives it a fresh content-security-policy nonce (Next reads it from the
// request's policy header and puts it on its own scripts), and, as a convenience only, sends
// anonymous visitors of signed-in pages to /login before rendering. Every page, action and route
// handler checks the user itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";

const sessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"];
const publicPages = new Set(["/login"]);

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce());
  const isPublic = publicPages.has(request.nextUrl.pathname);
  const hasSession = sessionCookieNames.some((name) => request.cookies.has(name));

  if (!isPublic && !hasSession) {
    const response = NextResponse.redirect(new URL("/login", request.url));
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Signed-in pages hold personal and official data: never store them in shared caches.
  if (!isPublic) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Pages only: API routes, static files and images carry the fixed policy from next.config.ts.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
