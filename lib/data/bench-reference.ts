// The bench's yardstick (issue 14): a signed-in page with the application's shell that renders a
// 200-row table from one indexed query. `npm run bench` reports every page as a ratio to it, so
// figures mean the same on any machine. It exists only when the bench's server sets
// BENCH_REFERENCE_PAGE=1; otherwise the route is a 404 like any unknown address.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import { canListAllMilestones } from "@/lib/permissions";

export const referenceRows = 200;

export function benchReferenceEnabled(): boolean {
  return process.env.BENCH_REFERENCE_PAGE === "1";
}

/** The milestones due soonest: one statement on the `targetOn` index. */
export async function referenceTable() {
  const user = await requireUser();
  if (!canListAllMilestones(user)) throw new ForbiddenError();
  return db.milestone.findMany({
    orderBy: [{ targetOn: "asc" }],
    take: referenceRows,
    select: { id: true, titleEn: true, targetOn: true, status: true, percentComplete: true },
  });
}
