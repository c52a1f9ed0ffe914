// The standing of the facts shown on a page (FactSource rows for the records it shows). Callers
// pass only ids of records the reader was already allowed to load.
import "server-only";
import { db } from "@/lib/db";
import { factSourceSelect, type FactSourceRow } from "@/lib/facts/provenance";

export async function findFactSources(entityIds: readonly string[]): Promise<FactSourceRow[]> {
  if (entityIds.length === 0) return [];
  return db.factSource.findMany({ where: { entityId: { in: [...entityIds] } }, select: factSourceSelect });
}
