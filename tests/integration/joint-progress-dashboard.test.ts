// The dashboard's "reported" and "confirmed by both sides" figures, open disputes and updates
// waiting for an answer, against an independent computation in TypeScript (confirmedPercent in
// lib/joint-progress/rules.ts and plain sums here) over generated portfolios: joint and one-side
// milestones, cancelled ones, and confirmations in every state.
import { beforeAll, describe, expect, it } from "vitest";
import { getMilestoneSummary } from "@/lib/data/dashboard/portfolio";
import { getBriefingFigures } from "@/lib/data/dashboard/briefing";
import { getAreaProgress } from "@/lib/data/dashboard/agreement";
import { noFilters } from "@/lib/data/dashboard/filters";
import { confirmedPercent, type ConfirmationState } from "@/lib/joint-progress/rules";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";
import { fixClock, klHalfPastMidnight } from "../helpers/clock";

fixClock(klHalfPastMidnight, "all");

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Generated = {
  joint: boolean;
  cancelled: boolean;
  weight: number;
  updates: { id: string; reportedOn: Date; createdAt: Date; percentComplete: number; state: ConfirmationState | null }[];
};

const states: (ConfirmationState | null)[] = [null, "REPORTED", "CONFIRMED", "DISPUTED", "SUPERSEDED"];

async function generatePortfolio(seed: number, size: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const setup = await createAgreementWithArea();
  const generated: Generated[] = [];
  for (let index = 0; index < size; index += 1) {
    const joint = next() < 0.6;
    const cancelled = next() < 0.1;
    const weight = 1 + Math.floor(next() * 5);
    const milestone = await createMilestone({
      agreementId: setup.agreement.id,
      areaId: setup.area.id,
      ownerOrganisationId: next() < 0.5 ? setup.malaysia.id : setup.china.id,
      ownerSide: joint ? "JOINT" : pick(["MALAYSIA", "CHINA"] as const),
      weight,
    });
    const updates: Generated["updates"] = [];
    const count = Math.floor(next() * 5);
    for (let number = 0; number < count; number += 1) {
      // Some updates share a day: the entry time then decides which is latest.
      const reportedOn = new Date(Date.UTC(2025, 1 + Math.floor(next() * 6), 1 + Math.floor(next() * 2)));
      const createdAt = new Date(Date.UTC(2025, 8, 1) + number * 60_000);
      const percentComplete = Math.floor(next() * 101);
      // A milestone no longer joint may still hold confirmations from when it was: they count for nothing.
      const state = pick(states);
      const update = await testDb.progressUpdate.create({
        data: { milestoneId: milestone.id, reportedOn, createdAt, percentComplete, status: "ON_TRACK", narrative: "Generated." },
      });
      if (state) await testDb.progressConfirmation.create({ data: { progressUpdateId: update.id, milestoneId: milestone.id, reportedSide: "MALAYSIA", state } });
      updates.push({ id: update.id, reportedOn, createdAt, percentComplete, state });
    }
    const latest = [...updates].sort((a, b) => b.reportedOn.getTime() - a.reportedOn.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0];
    await testDb.milestone.update({
      where: { id: milestone.id },
      data: {
        percentComplete: latest?.percentComplete ?? 0,
        status: cancelled ? "CANCELLED" : latest ? "ON_TRACK" : "NOT_STARTED",
        cancelledAt: cancelled ? new Date("2025-09-01T00:00:00Z") : null,
      },
    });
    generated.push({ joint, cancelled, weight, updates });
  }
  return { agreementId: setup.agreement.id, generated };
}

/** The figures worked out in plain code from what was generated. */
function expected(generated: Generated[]) {
  const counted = generated.filter((milestone) => !milestone.cancelled);
  const weight = counted.reduce((sum, milestone) => sum + milestone.weight, 0);
  const latestPercent = (milestone: Generated) =>
    [...milestone.updates].sort((a, b) => b.reportedOn.getTime() - a.reportedOn.getTime() || b.createdAt.getTime() - a.createdAt.getTime())[0]?.percentComplete ?? 0;
  const reported = counted.reduce((sum, milestone) => sum + milestone.weight * latestPercent(milestone), 0);
  const confirmed = counted.reduce((sum, milestone) => sum + milestone.weight * (milestone.joint ? confirmedPercent(milestone.updates) : latestPercent(milestone)), 0);
  const jointCounted = counted.filter((milestone) => milestone.joint).flatMap((milestone) => milestone.updates);
  return {
    weightedProgress: weight > 0 ? reported / weight : null,
    confirmedProgress: weight > 0 ? confirmed / weight : null,
    openDisputes: jointCounted.filter((update) => update.state === "DISPUTED").length,
    awaitingConfirmation: jointCounted.filter((update) => update.state === "REPORTED").length,
  };
}

describe("reported and confirmed progress on the dashboard", () => {
  beforeAll(async () => {
    actAs(await createUser({ role: "MANAGER" }));
  });

  it.each([1, 2, 3])("agree with the TypeScript rule on generated portfolio %i", async (seed) => {
    const { agreementId, generated } = await generatePortfolio(seed, 12 + seed * 4);
    const want = expected(generated);
    const summary = await getMilestoneSummary({ ...noFilters, agreementId });
    expect(summary.weightedProgress).toBeCloseTo(want.weightedProgress ?? Number.NaN, 9);
    expect(summary.confirmedProgress).toBeCloseTo(want.confirmedProgress ?? Number.NaN, 9);
    expect(summary.openDisputes).toBe(want.openDisputes);
    expect(summary.awaitingConfirmation).toBe(want.awaitingConfirmation);
    // The agreement's dashboard: its one area holds every generated milestone.
    const [area] = await getAreaProgress(agreementId, noFilters);
    expect(area?.weightedProgress).toBeCloseTo(want.weightedProgress ?? Number.NaN, 9);
    expect(area?.confirmedProgress).toBeCloseTo(want.confirmedProgress ?? Number.NaN, 9);
    expect(area?.openDisputes).toBe(want.openDisputes);
    // The portfolios are made so the two figures tell apart: a test that cannot fail is a defect.
    expect(generated.some((milestone) => milestone.joint && !milestone.cancelled && milestone.updates.length > 0)).toBe(true);
  });

  it("puts the same figures in the briefing", async () => {
    const { agreementId, generated } = await generatePortfolio(7, 10);
    const want = expected(generated);
    const figures = await getBriefingFigures({ ...noFilters, agreementId });
    const value = (key: string) => figures.find((figure) => figure.measure.key === key)?.value;
    expect(value("jointProgress.figures.confirmedProgress")).toBeCloseTo(want.confirmedProgress ?? Number.NaN, 9);
    expect(value("jointProgress.figures.openDisputes")).toBe(want.openDisputes);
    expect(value("jointProgress.figures.awaiting")).toBe(want.awaitingConfirmation);
    expect(value("figureLabels.weightedProgress")).toBeCloseTo(want.weightedProgress ?? Number.NaN, 9);
  });

  it("moves the confirmed figure only when the other side confirms", async () => {
    const setup = await createAgreementWithArea();
    const milestone = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, ownerSide: "JOINT", weight: 1 });
    const other = await createMilestone({ agreementId: setup.agreement.id, areaId: setup.area.id, ownerOrganisationId: setup.malaysia.id, ownerSide: "MALAYSIA", weight: 1 });
    await testDb.milestone.update({ where: { id: other.id }, data: { percentComplete: 50, status: "ON_TRACK" } });
    const update = await testDb.progressUpdate.create({ data: { milestoneId: milestone.id, reportedOn: new Date("2025-05-01T00:00:00Z"), percentComplete: 80, status: "ON_TRACK", narrative: "x" } });
    await testDb.milestone.update({ where: { id: milestone.id }, data: { percentComplete: 80, status: "ON_TRACK" } });
    const row = await testDb.progressConfirmation.create({ data: { progressUpdateId: update.id, milestoneId: milestone.id, reportedSide: "MALAYSIA" } });
    const filters = { ...noFilters, agreementId: setup.agreement.id };
    expect(await getMilestoneSummary(filters)).toMatchObject({ weightedProgress: 65, confirmedProgress: 25, awaitingConfirmation: 1, openDisputes: 0 });
    await testDb.progressConfirmation.update({ where: { id: row.id }, data: { state: "DISPUTED" } });
    expect(await getMilestoneSummary(filters)).toMatchObject({ confirmedProgress: 25, awaitingConfirmation: 0, openDisputes: 1 });
    await testDb.progressConfirmation.update({ where: { id: row.id }, data: { state: "CONFIRMED" } });
    expect(await getMilestoneSummary(filters)).toMatchObject({ weightedProgress: 65, confirmedProgress: 65, awaitingConfirmation: 0, openDisputes: 0 });
  });
});
