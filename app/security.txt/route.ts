// security.txt (RFC 9116), at /security.txt and — through the rewrite in next.config.ts, since
// the App Router does not route folders whose names start with a dot — at its standard address
// /.well-known/security.txt. Served by this handler rather than as a static file in public/,
// because administrators set the contact at run time (/admin/open-data/settings, audited);
// SECURITY_CONTACT gives the default before anyone has. Anyone may read it.
import { db } from "@/lib/db";
import { mailConfig } from "@/lib/jobs/mail-config";
import { readOpenSettings } from "@/lib/open-data/settings";
import { securityTxt } from "@/lib/open-data/security-txt";

export async function GET() {
  const settings = await readOpenSettings(db);
  return new Response(securityTxt({ contact: settings.securityContact, canonicalBase: mailConfig().appUrl, now: new Date() }), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
