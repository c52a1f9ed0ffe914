import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/security/content-security-policy";

const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package directory at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs", "pdfkit"],
  poweredByHeader: false,
  // Progress evidence (up to 5 files of 10 MB) and import files travel in server action bodies.
  experimental: { serverActions: { bodySizeLimit: "52mb" }, proxyClientMaxBodySize: "52mb" },
  // Types are checked once, by `npm run typecheck` (CI runs it before anything else); the build
  // does not repeat the work.
  typescript: { ignoreBuildErrors: true },
  // The end-to-end suite builds into its own directory so it never disturbs a running app.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // security.txt's standard address; the App Router does not route folders starting with a dot (app/security.txt/route.ts).
  async rewrites() {
    return [{ source: "/.well-known/security.txt", destination: "/security.txt" }];
  },
  async headers() {
    // Every response but Next's static files gets its policy, with a per-request nonce, from
    // proxy.ts; those files get this fixed one.
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }] },
    ];
  },
};

export default nextConfig;
