// Whose change made a submitted version stale. The audit trail records every change with its
// actor and the version it produced; when every change since the version the user saw was their
// own (a second press before the page refreshed, another tab), the answer says so instead of
// blaming "someone else".
import "server-only";
import { db } from "@/lib/db";
import type { StaleRecord } from "./errors";

const recentChanges = 50;

function versionAfter(after: unknown): number | null {
  if (typeof after !== "object" || after === null || !("version" in after)) return null;
  const version = (after as { version: unknown }).version;
  return typeof version === "number" ? version : null;
}

export async function wasChangedOnlyBy(userId: string, record: StaleRecord): Promise<boolean> {
  const events = await db.auditEvent.findMany({
    where: { entityType: record.entityType, entityId: record.entityId },
    orderBy: { at: "desc" },
    take: recentChanges,
    select: { actorId: true, after: true },
  });
  const since = events.filter((event) => {
    const version = versionAfter(event.after);
    return version !== null && version > record.version;
  });
  return since.length > 0 && since.every((event) => event.actorId === userId);
}
