// Portfolio-wide dashboard figures, computed once per version of the data in each app instance.
// Their aggregates read every milestone and action item (tens of milliseconds of database time at
// national scale) while the figures change only when that data changes, or the day does.
//
// Correct with any number of instances: every request first reads the data's version (one
// primary-key read, once per request), which database triggers move in the same transaction as
// any write to the tables the figures read (migration *_dashboard_data_version). Figures kept
// under another version are never used. The version is read before computing, so figures that
// happen to include a newer write are kept under the older version and simply recomputed on the
// next request; a version can never label figures older than itself.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import type { DashboardContext } from "./core/context";

/** Filter combinations are few in practice; the oldest unused entries go first beyond this. */
const maxEntries = 500;

interface Entry {
  version: string;
  figures: Promise<unknown>;
}

const entries = new Map<string, Entry>();

/** The dashboards' data version, read once per request (null: not migrated yet, so no caching). */
const requestDataVersion = cache(async (): Promise<string | null> => {
  const rows = await db.$queryRaw<{ version: string }[]>`SELECT "version"::text AS version FROM "DataVersion" WHERE "name" = 'dashboard'`;
  return rows[0]?.version ?? null;
});

function keep(key: string, entry: Entry) {
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? key);
}

/**
 * The figures `compute` returns for this context, reused while the data's version and the day are
 * unchanged. The caller has authorized the context (requestContext); `variant` names anything
 * else the figures depend on (a grouping). Concurrent requests share one computation; a failed
 * computation is not kept.
 */
export async function figuresAtDataVersion<T>(name: string, context: DashboardContext, variant: string, compute: () => Promise<T>): Promise<T> {
  const version = await requestDataVersion();
  if (version === null) return compute();
  const key = [name, variant, isoDay(context.today), JSON.stringify(context.filters)].join("\u0000");
  const kept = entries.get(key);
  if (kept && kept.version === version) {
    keep(key, kept);
    return kept.figures as Promise<T>;
  }
  const figures = compute();
  keep(key, { version, figures });
  figures.catch(() => {
    if (entries.get(key)?.figures === figures) entries.delete(key);
  });
  return figures;
}
