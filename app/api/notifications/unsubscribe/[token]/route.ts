// One-click unsubscribe (RFC 8058): a mail program POSTs `List-Unsubscribe=One-Click` to the
// address in the List-Unsubscribe header; every kind is set to "inbox only" for the user the
// signed token names. No session: the token is the authorisation, and it expires.
import { db } from "@/lib/db";
import { notificationKinds } from "@/lib/notifications/kinds";
import { savePreferences } from "@/lib/notifications/preferences";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const userId = verifyUnsubscribeToken(decodeURIComponent(token));
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { id: true, isActive: true } }) : null;
  if (!user?.isActive) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  await savePreferences(db, user.id, null, Object.fromEntries(notificationKinds.map((kind) => [kind, "INBOX_ONLY" as const])), "link");
  return new Response("Unsubscribed", { status: 200, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
