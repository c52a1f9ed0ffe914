// Who an identity provider's answer signs in. The account is matched by the email address the
// provider VERIFIED, to an existing active user. Nobody registers themselves unless an
// administrator allows it (lib/open-data/settings.ts); then a registration is recorded — an
// account with no role, with which nobody signs in until an administrator gives it one.
// Every refusal is a security event (auth.signInFail with the reason).
import { recordAudit } from "@/lib/audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSelfRegistrationAllowed, readOpenSettings } from "@/lib/open-data/settings";
import type { DbClient } from "@/lib/prisma-client";

export type SsoRefusal = "notVerified" | "noAccount" | "inactive" | "pending" | "registered";
export type SsoMatch = { outcome: "signIn"; userId: string } | { outcome: "refused"; reason: SsoRefusal };

export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null | undefined;
  /** OIDC's email_verified claim; anything but true (or "true") is unverified. */
  emailVerified: unknown;
  name: string | null | undefined;
  address: string | null;
}

export async function matchSsoAccount(db: DbClient, identity: SsoIdentity): Promise<SsoMatch> {
  const email = identity.email?.trim().toLowerCase() ?? "";
  const isVerified = identity.emailVerified === true || identity.emailVerified === "true";
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoMatch> => {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: null,
        action: "auth.signInFail",
        entityType: "User",
        entityId: userId ?? `unknown:${email || identity.subject}`.slice(0, 300),
        after: { address: identity.address, reason: `sso:${reason}`, issuer: identity.issuer },
      }),
    );
    return { outcome: "refused", reason };
  };
  if (!email) return refuse("notVerified");
  const user = await db.user.findUnique({ where: { email }, select: { id: true, isActive: true } });
  // An address the provider did not verify proves nothing about who holds it: never a match.
  if (!isVerified) return refuse("notVerified", user?.id ?? null);
  if (user) return user.isActive ? { outcome: "signIn", userId: user.id } : refuse("inactive", user.id);

  const registration = await db.ssoRegistration.findUnique({ where: { email }, select: { id: true } });
  if (registration) return refuse("pending");
  if (!isSelfRegistrationAllowed(await readOpenSettings(db))) return refuse("noAccount");

  try {
    await db.$transaction(async (tx) => {
      const created = await tx.ssoRegistration.create({
      data: { email, name: identity.name?.trim().slice(0, 120) || email, subject: identity.subject.slice(0, 300), issuer: identity.issuer.slice(0, 300) },
      select: { id: true, email: true, name: true },
      });
      await recordAudit(tx, { actorId: null, action: "ssoRegistration.create", entityType: "SsoRegistration", entityId: created.id, after: { ...created, issuer: identity.issuer } });
    });
  } catch (error) {
    // The same person in two tabs at once: the other request registered them.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { outcome: "refused", reason: "pending" };
    throw error;
  }
  return { outcome: "refused", reason: "registered" };
}
