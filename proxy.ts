// Runs before every request but Next's static files: gives it a fresh content-security-policy
// nonce (Next reads it from the request's policy header and puts it on its own scripts, so even a
// not-found page under /api hydrates), and, as a convenience only, sends anonymous visitors of
// signed-in pages to /login before rendering. Every page, action and route handler checks the
// user itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/content-security-policy";
import { loginPathFor } from "@/lib/auth/next-path";

const sessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"];
const publicPaths = new Set(["/login", "/login/verify", "/login/enrol", "/icon.svg", "/favicon.ico", "/robots.txt", "/api-docs", "/security.txt"]);
/**
 * Route handlers answer for themselves (a calendar program sends a token, not a session), and so
 * does the signed settings link in a mail (the page checks its token).
 */
const isPublic = (pathname: string) =>
  publicPaths.has(pathname) || pathname.startsWith("/api/") || pathname.startsWith("/unsubscribe/") || isPublicPage(pathname) || pathname === "/.well-known/security.txt";
/**
 * Published agreements' pages (lib/public/ reads only public fields). Shared caches may keep them
 * a minute and serve a stale copy while refetching; the language comes from a cookie or the
 * browser's languages, so a cache keys on both.
 */
const isPublicPage = (pathname: string) => pathname === "/public/agreements" || pathname.startsWith("/public/agreements/");
const publicPageCacheControl = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce());
  const isPublicPath = isPublic(request.nextUrl.pathname);
  const hasSession = sessionCookieNames.some((name) => request.cookies.has(name));

  if (!isPublicPath && !hasSession) {
    // Keep where the reader was going, so a link from a mail lands on its record after sign-in.
    const response = NextResponse.redirect(new URL(loginPathFor(`${request.nextUrl.pathname}${request.nextUrl.search}`), request.url));
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Signed-in pages hold personal and official data: never store them in shared caches.
  if (!isPublicPath) response.headers.set("Cache-Control", "private, no-store");
  if (isPublicPage(request.nextUrl.pathname) && !hasSession) {
    response.headers.set("Cache-Control", publicPageCacheControl);
    response.headers.set("Vary", "Cookie, Accept-Language");
  }
  return response;
}

export const config = {
  // Next's static files and images carry the fixed policy from next.config.ts.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
