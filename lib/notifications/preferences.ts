// Reading and saving a person's notification settings (the settings page, the signed link).
import type { DbClient, TransactionClient } from "@/lib/prisma-client";
import { recordAudit } from "@/lib/audit";
import { defaultDelivery, notificationKinds, type NotificationDelivery, type NotificationKind } from "./kinds";

export type PreferenceRow = { kind: NotificationKind; delivery: NotificationDelivery; isDefault: boolean };

export async function loadPreferences(client: DbClient | TransactionClient, userId: string): Promise<PreferenceRow[]> {
  const saved = new Map((await client.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } })).map((row) => [row.kind, row.delivery]));
  return notificationKinds.map((kind) => ({ kind, delivery: saved.get(kind) ?? defaultDelivery[kind], isDefault: !saved.has(kind) }));
}

/** Saves the given choices (kinds not given keep theirs), with one audit event, in one transaction. */
export async function savePreferences(client: DbClient, userId: string, actorId: string | null, choices: Partial<Record<NotificationKind, NotificationDelivery>>, via: "settings" | "link"): Promise<void> {
  const entries = Object.entries(choices).filter((entry): entry is [NotificationKind, NotificationDelivery] => entry[1] !== undefined);
  await client.$transaction(async (tx) => {
    const before = await loadPreferences(tx, userId);
    for (const [kind, delivery] of entries) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, delivery }, update: { delivery } });
    }
    await recordAudit(tx, {
      actorId,
      action: "user.notificationPreferences",
      entityType: "User",
      entityId: userId,
      before: Object.fromEntries(before.map((row) => [row.kind, row.delivery])),
      after: Object.fromEntries((await loadPreferences(tx, userId)).map((row) => [row.kind, row.delivery])),
      reason: via === "link" ? "signed settings link" : null,
    });
  });
}
