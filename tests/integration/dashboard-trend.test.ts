// The trend rollup (ProgressTrendMonth, kept by database triggers) against the history it
// summarises, and both against an independent oracle: the trend worked out in TypeScript from the
// raw milestones and updates (tests/helpers/trend-oracle.ts), sharing no SQL with either. After every kind of write — progress logged, back-dated, corrected, imported;
// milestones edited, cancelled, deleted, removed with their area; history rows changed by hand;
// writers at the same time — the stored rollup equals one rebuilt from scratch, and the trend read
// from it equals the trend rebuilt from the progress-update history, for every filter the rollup
// serves and for several "today"s (mid-month ones, so events between today and the month end
// count for the month end but not for today).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logProgress } from "@/lib/actions/progress";
import { cancelMilestone, deleteMilestone } from "@/lib/actions/milestones";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DashboardContext } from "@/lib/data/dashboard/core/context";
import { progressTrendFromHistory } from "@/lib/data/dashboard/core/trend-history";
import { progressTrendFromRollup } from "@/lib/data/dashboard/core/trend-rollup";
import { today as appToday } from "@/lib/dates";
import { noFilters, type DashboardFilters } from "@/lib/data/dashboard/filters";
import { writeProgress } from "@/lib/import/write";
import { actAs } from "../helpers/request";
import { testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";
import { klHalfPastMidnight, setClock } from "../helpers/clock";
import { expectedTrend } from "../helpers/trend-oracle";

const dayMs = 86_400_000;
// A fixed clock for the whole file (set before "today" is taken below): 00:30 in Kuala Lumpur.
setClock(klHalfPastMidnight);
afterAll(() => vi.useRealTimers());
const today = appToday();
/** The 10th of last month: every event of the fixtures is in the past, some between it and its month end. */
const anchor = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 10));
const at = (offset: number) => new Date(anchor.getTime() + offset * dayMs);
const iso = (offset: number) => at(offset).toISOString().slice(0, 10);

let setup: Awaited<ReturnType<typeof createAgreementWithArea>>;

beforeAll(async () => {
  setup = await createAgreementWithArea();
});

type Totals = { month: Date; side: string; org: string; milestones: number; weight: number; weighted: number; overdue: number };

async function expectRollupEqualsRebuild() {
  const stored = await testDb.$queryRaw<Totals[]>`
    SELECT month, "ownerSide"::text AS side, "ownerOrganisationId" AS org, milestones, weight::float8 AS weight, weighted::float8 AS weighted, overdue
    FROM "ProgressTrendMonth"
    WHERE milestones <> 0 OR weight <> 0 OR weighted <> 0 OR overdue <> 0
    ORDER BY 1, 2, 3`;
  const rebuilt = await testDb.$queryRaw<Totals[]>`
    SELECT month, "ownerSide"::text AS side, "ownerOrganisationId" AS org, sum(milestones)::int AS milestones, sum(weight)::float8 AS weight,
      sum(weighted)::float8 AS weighted, sum(overdue)::int AS overdue
    FROM progress_trend_milestone_months(ARRAY(SELECT id FROM "Milestone"))
    GROUP BY 1, 2, 3
    HAVING sum(milestones) <> 0 OR sum(weight) <> 0 OR sum(weighted) <> 0 OR sum(overdue) <> 0
    ORDER BY 1, 2, 3`;
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(rebuilt);
  const perMilestone = `SELECT "milestoneId", month, "ownerSide"::text, "ownerOrganisationId", milestones, weight::text, weighted::text, overdue`;
  expect(await testDb.$queryRawUnsafe(`${perMilestone} FROM "ProgressTrendMilestoneMonth" ORDER BY 1, 2`)).toEqual(
    await testDb.$queryRawUnsafe(`${perMilestone} FROM progress_trend_milestone_months(ARRAY(SELECT id FROM "Milestone")) ORDER BY 1, 2`),
  );
}

async function expectTrendEqualsHistory() {
  const filterSets: Partial<DashboardFilters>[] = [
    {},
    { periodMonths: 24 },
    { side: "MALAYSIA" },
    { side: "CHINA", periodMonths: 6 },
    { side: "JOINT" },
    { organisationId: setup.malaysia.id },
    { organisationId: setup.china.id, side: "CHINA" },
  ];
  const { milestones, updates } = await rawHistory();
  expect(updates.length).toBeGreaterThan(0);
  const todays = [today, anchor, at(1), at(3), at(4), at(5), at(-10), new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1, 0))];
  for (const day of todays) {
    for (const filters of filterSets) {
      const context: DashboardContext = {
        db: testDb,
        user: { id: "trend-test", role: "MANAGER", organisationId: null, personId: null },
        filters: { ...noFilters, ...filters },
        today: day,
      };
      const label = `${day.toISOString().slice(0, 10)} ${JSON.stringify(filters)}`;
      const fromRollup = await progressTrendFromRollup(context);
      expect(fromRollup, `${label}: rollup against the oracle`).toEqual(expectedTrend(milestones, updates, context.filters, day));
      expect(fromRollup, `${label}: rollup against the history query`).toEqual(await progressTrendFromHistory(context));
    }
  }
}

/** Every milestone and update as stored, for the oracle (no aggregation in the database). */
async function rawHistory() {
  const [milestones, updates] = await Promise.all([
    testDb.milestone.findMany({ select: { id: true, ownerSide: true, ownerOrganisationId: true, weight: true, startOn: true, targetOn: true, status: true, cancelledAt: true } }),
    testDb.progressUpdate.findMany({ select: { id: true, milestoneId: true, reportedOn: true, createdAt: true, percentComplete: true, status: true } }),
  ]);
  return { milestones, updates };
}

/**
 * History corrected by hand, as a database administrator would: progress updates are append-only
 * (migration *_progress_append_only), so the guard is lifted for that one transaction only.
 */
async function correctHistoryByHand(write: (tx: Parameters<Parameters<typeof testDb.$transaction>[0]>[0]) => Promise<unknown>) {
  await testDb.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "ProgressUpdate" DISABLE TRIGGER "ProgressUpdate_append_only"`);
    await write(tx);
    // The dashboards' data-version triggers wait for the commit; a table with trigger events
    // still pending cannot be altered, so they run now (migration *_dashboard_data_version).
    await tx.$executeRawUnsafe(`SET CONSTRAINTS ALL IMMEDIATE`);
    await tx.$executeRawUnsafe(`ALTER TABLE "ProgressUpdate" ENABLE TRIGGER "ProgressUpdate_append_only"`);
  });
}

async function expectConsistent() {
  await expectRollupEqualsRebuild();
  await expectTrendEqualsHistory();
}

function progress(milestoneId: string, offset: number, percent: number, status = "ON_TRACK", extra: Record<string, string> = {}) {
  return { milestoneId, reportedOn: iso(offset), percentComplete: String(percent), status, narrative: `At ${offset}: ${percent}%`, ...extra };
}

async function expectSaved(result: Promise<{ status: string }>) {
  expect(await result).toMatchObject({ status: "success" });
}

function sessionUser(user: { id: string; name: string; email: string; organisationId: string | null }): SessionUser {
  return { ...user, role: "OFFICER", locale: "en", organisationName: null, side: "MALAYSIA", personId: null, sessionId: "not used by data functions" };
}

describe("the trend rollup", () => {
  // Four consistency checks of 8 "today"s × 7 filters each: ~25 s alone, more on a busy machine.
  it("follows progress logged, back-dated, corrected and imported, edits, cancellations and deletions", { timeout: 180_000 }, async () => {
    const plan = { agreementId: setup.agreement.id, areaId: setup.area.id };
    const my = { ...plan, ownerOrganisationId: setup.malaysia.id, ownerSide: "MALAYSIA" as const };
    const cn = { ...plan, ownerOrganisationId: setup.china.id, ownerSide: "CHINA" as const };
    const late = await createMilestone({ ...my, startOn: iso(-300), targetOn: iso(-30), weight: 3 });
    const dueThisMonth = await createMilestone({ ...cn, startOn: iso(-200), targetOn: iso(5), weight: 2 });
    const startsAfterAnchor = await createMilestone({ ...my, ownerSide: "JOINT", startOn: iso(3), targetOn: iso(200) });
    const toCancel = await createMilestone({ ...my, startOn: iso(-100), targetOn: iso(100) });
    const toDelete = await createMilestone({ ...my, startOn: iso(-20) });
    const imported = await createMilestone({ ...my, startOn: iso(-100), targetOn: iso(6), weight: 5 });
    const cancelledOnDay = await createMilestone({ ...cn, startOn: iso(-50), targetOn: iso(50) });

    actAs(setup.officerMy);
    await expectSaved(logProgress(undefined, progress(late.id, -250, 10)));
    await expectSaved(logProgress(undefined, progress(late.id, -120, 40)));
    await expectSaved(logProgress(undefined, progress(late.id, -60, 60, "AT_RISK")));
    await expectSaved(logProgress(undefined, progress(late.id, -90, 50))); // back-dated between two updates
    const corrected = await testDb.progressUpdate.findFirstOrThrow({ where: { milestoneId: late.id, percentComplete: 60 } });
    await expectSaved(logProgress(undefined, progress(late.id, -60, 55, "AT_RISK", { correctsUpdateId: corrected.id, confirmBackwards: "on" })));
    await expectSaved(logProgress(undefined, progress(startsAfterAnchor.id, 4, 20)));
    await expectSaved(logProgress(undefined, progress(toCancel.id, -80, 30)));
    actAs(setup.officerCn);
    await expectSaved(logProgress(undefined, progress(dueThisMonth.id, -150, 30)));
    await expectSaved(logProgress(undefined, progress(dueThisMonth.id, 2, 100, "COMPLETED", { evidenceLinks: "https://example.org/report" })));
    await expectSaved(logProgress(undefined, progress(cancelledOnDay.id, -40, 70)));
    await expectConsistent();

    const officer = sessionUser(setup.officerMy);
    const row = (offset: number, percent: number, rowNumber: number) => ({
      rowNumber, milestoneId: imported.id, reportedOn: at(offset), percentComplete: percent, indicatorActual: null, status: "ON_TRACK" as const, narrative: "Imported", blockers: null, evidenceLinks: [],
    });
    await writeProgress(officer, [row(-90, 10, 2), row(-45, 35, 3), row(-45, 40, 4), row(-5, 60, 5)], "sha-trend");
    // History changed by hand, then one plan field at a time (the triggers follow any writer).
    await correctHistoryByHand(async (tx) => {
      await tx.progressUpdate.updateMany({ where: { milestoneId: imported.id, percentComplete: 35 }, data: { percentComplete: 45, reportedOn: at(-20) } });
      await tx.progressUpdate.deleteMany({ where: { milestoneId: late.id, percentComplete: 40 } });
    });
    await testDb.milestone.update({ where: { id: late.id }, data: { ownerSide: "JOINT" } });
    await testDb.milestone.update({ where: { id: imported.id }, data: { ownerOrganisationId: setup.china.id } });
    await testDb.milestone.update({ where: { id: startsAfterAnchor.id }, data: { weight: 7 } });
    await testDb.milestone.update({ where: { id: imported.id }, data: { targetOn: at(60) } });
    await testDb.milestone.update({ where: { id: toCancel.id }, data: { startOn: at(-110) } });
    await testDb.milestone.update({ where: { id: cancelledOnDay.id }, data: { status: "CANCELLED", cancelledAt: at(4) } });
    await testDb.milestone.update({ where: { id: cancelledOnDay.id }, data: { cancelledAt: at(-20) } });
    await testDb.milestone.create({
      data: {
        ...{ agreementId: setup.agreement.id, cooperationAreaId: setup.area.id, ownerOrganisationId: setup.china.id, ownerSide: "CHINA" },
        titleEn: "Cancelled without a date",
        startOn: at(-40),
        targetOn: at(-1),
        status: "CANCELLED",
        updates: { create: [{ reportedOn: at(-30), percentComplete: 20, status: "AT_RISK", narrative: "Before it was dropped" }] },
      },
    });
    await expectConsistent();

    actAs(setup.officerMy);
    const cancel = await cancelMilestone(undefined, { id: toCancel.id, version: "1", reason: "Merged", confirm: "yes" }).catch((error: unknown) => error);
    expect(String(cancel)).toContain("NEXT_REDIRECT");
    const remove = await deleteMilestone(undefined, { id: toDelete.id, version: "1", confirm: "yes" }).catch((error: unknown) => error);
    expect(String(remove)).toContain("NEXT_REDIRECT");
    const area = await testDb.cooperationArea.create({ data: { agreementId: setup.agreement.id, number: 2, titleEn: "Removed with its milestones" } });
    const gone = await createMilestone({ ...my, areaId: area.id, startOn: iso(-60), targetOn: iso(-2) });
    await testDb.progressUpdate.create({ data: { milestoneId: gone.id, reportedOn: at(-30), percentComplete: 50, status: "ON_TRACK", narrative: "x" } });
    await expectConsistent();
    await testDb.cooperationArea.delete({ where: { id: area.id } });
    expect(await testDb.progressTrendMilestoneMonth.count({ where: { milestoneId: gone.id } })).toBe(0);
    await expectConsistent();
  });

  it("stays exact when many writers report at the same time, with and without the app's milestone lock", async () => {
    const plan = { agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id };
    const first = await createMilestone({ ...plan, startOn: iso(-200), targetOn: iso(-10) });
    const second = await createMilestone({ ...plan, startOn: iso(-200), targetOn: iso(30), weight: 2 });
    actAs(setup.officerMy);
    const writes: Promise<unknown>[] = [];
    for (let index = 0; index < 8; index += 1) {
      // Percent grows with the date, so no report is "backwards" whatever order they land in.
      writes.push(expectSaved(logProgress(undefined, progress(first.id, -180 + index * 20, 10 + index * 10))));
      writes.push(expectSaved(logProgress(undefined, progress(second.id, -170 + index * 20, 5 + index * 10))));
      writes.push(testDb.progressUpdate.create({ data: { milestoneId: first.id, reportedOn: at(-175 + index * 20), percentComplete: 12 + index * 10, status: "AT_RISK", narrative: "Raw" } }));
    }
    writes.push(testDb.milestone.update({ where: { id: second.id }, data: { weight: 3 } }));
    await Promise.all(writes);
    expect(await testDb.progressUpdate.count({ where: { milestoneId: first.id } })).toBe(16);
    await expectConsistent();
  });
});
