"use server";
// The language switch. Anyone may choose a language (the sign-in page has the switch too);
// for a signed-in user the choice is also saved to their account, audited, so it follows them.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { definePublicAction } from "./define-action";
import { recordAudit } from "@/lib/audit";
import { localeCookieName } from "@/lib/i18n/config";
import { setLocaleSchema } from "@/lib/schemas/user";

export const switchLanguage = definePublicAction(setLocaleSchema, async ({ user, input }) => {
  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, input.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1",
  });
  if (user && user.locale !== input.locale) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { locale: input.locale, updatedById: user.id }, select: { id: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.setLocale",
        entityType: "User",
        entityId: user.id,
        before: { locale: user.locale },
        after: { locale: input.locale },
      });
    });
  }
  revalidatePath("/", "layout");
  return { data: undefined };
});
