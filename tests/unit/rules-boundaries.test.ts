// The edges of the rule modules that `npm run mutation` found untested: each case below kills
// mutants (changed operators, emptied lists, dropped conditions) that every other unit test let
// live. Grouped by module; see the README's "Mutation testing" for what is left and why.
import { describe, expect, it } from "vitest";
import { isOverdue } from "@/lib/action-items/overdue";
import { allowedTransitions, areOwnersFrozen, checkTransition, requiresReason, type ActorRoles } from "@/lib/action-items/status-machine";
import { checkTransition as checkAgreementTransition, isTerminalStatus } from "@/lib/agreements/lifecycle";
import { compareUpdates, currentState, dueBoundaries, latestUpdate, needsBackwardsConfirmation, percentFromIndicator, plannedPercent, weightedProgress } from "@/lib/milestones/rules";
import {
  canCoordinateWorkingGroup,
  canCommentInWorkingGroup,
  canListAllWorkingGroups,
  canManageReferenceData,
  canReadAgreements,
  canRecordAgreementWithParties,
  canReviewActionItem,
  navigationFor,
  type GroupMembership,
} from "@/lib/permissions";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (isoDateTime: string) => new Date(isoDateTime);

describe("action item status machine, at its edges", () => {
  const nobody: ActorRoles = { isOwner: false, isReviewer: false, isCoordinator: false };
  it("lets only a reviewer close accepted work, and owner or coordinator unblock it", () => {
    expect(allowedTransitions("ACCEPTED", { ...nobody, isReviewer: true })).toEqual(["CLOSED"]);
    expect(allowedTransitions("ACCEPTED", { ...nobody, isCoordinator: true })).toEqual([]);
    expect(allowedTransitions("BLOCKED", { ...nobody, isCoordinator: true })).toContain("IN_PROGRESS");
    expect(allowedTransitions("BLOCKED", { ...nobody, isOwner: true })).toContain("IN_PROGRESS");
  });

  it("asks a reason to block or cancel, and none to start, submit, accept or close", () => {
    for (const from of ["OPEN", "IN_PROGRESS", "RETURNED"] as const) expect(requiresReason(from, "BLOCKED"), from).toBe(true);
    for (const from of ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "BLOCKED"] as const) expect(requiresReason(from, "CANCELLED"), from).toBe(true);
    expect(requiresReason("SUBMITTED", "RETURNED")).toBe(true);
    for (const [from, to] of [["OPEN", "IN_PROGRESS"], ["IN_PROGRESS", "SUBMITTED"], ["SUBMITTED", "ACCEPTED"], ["ACCEPTED", "CLOSED"], ["BLOCKED", "IN_PROGRESS"]] as const) {
      expect(requiresReason(from, to), `${from} → ${to}`).toBe(false);
    }
    // A pair that is no move at all needs no reason either.
    expect(requiresReason("CLOSED", "BLOCKED")).toBe(false);
    expect(requiresReason("OPEN", "RETURNED")).toBe(false);
    const coordinator = { ...nobody, isCoordinator: true };
    expect(checkTransition("OPEN", "CANCELLED", coordinator, "  ")).toEqual({ ok: false, error: "reasonRequired" });
    expect(checkTransition("OPEN", "CANCELLED", coordinator, "Merged into item 4")).toEqual({ ok: true });
  });

  it("freezes owners only while the work is under review", () => {
    expect(["SUBMITTED", "ACCEPTED"].every((status) => areOwnersFrozen(status as "SUBMITTED"))).toBe(true);
    for (const status of ["OPEN", "IN_PROGRESS", "RETURNED", "BLOCKED", "CLOSED", "CANCELLED"] as const) expect(areOwnersFrozen(status), status).toBe(false);
  });

  it("is overdue from the day after the due date", () => {
    const item = { status: "OPEN" as const, dueOn: day("2026-03-10") };
    expect(isOverdue(item, day("2026-03-10"))).toBe(false);
    expect(isOverdue(item, day("2026-03-11"))).toBe(true);
    // A clock reading is not a calendar day: the rule refuses it rather than guess the zone.
    expect(() => isOverdue(item, at("2026-03-10T23:59:00Z"))).toThrow();
  });
});

describe("agreement lifecycle, at its edges", () => {
  it("has exactly three terminal statuses", () => {
    expect(["DRAFT", "SIGNED", "IN_FORCE"].map((status) => isTerminalStatus(status as "DRAFT"))).toEqual([false, false, false]);
    expect(["EXPIRED", "TERMINATED", "SUPERSEDED"].map((status) => isTerminalStatus(status as "EXPIRED"))).toEqual([true, true, true]);
  });

  it("asks a signing date only of the move to signed", () => {
    expect(checkAgreementTransition({ status: "SIGNED", signedOn: null }, "TERMINATED")).toEqual({ ok: true });
    expect(checkAgreementTransition({ status: "SIGNED", signedOn: null }, "IN_FORCE")).toEqual({ ok: true });
    expect(checkAgreementTransition({ status: "DRAFT", signedOn: null }, "SIGNED")).toEqual({ ok: false, reason: "needsSignedOn" });
  });
});

describe("milestone rules, at their edges", () => {
  it("gives the due-state boundaries 30 days ahead and 60 days back from the day", () => {
    expect(dueBoundaries(day("2026-03-10"))).toEqual({ today: day("2026-03-10"), dueSoonUntil: day("2026-04-09"), staleBefore: day("2026-01-09") });
  });

  it("counts no weight for a weightless milestone, and a zero weight leaves nothing to count", () => {
    expect(weightedProgress([{ weight: 0, percentComplete: 80, status: "ON_TRACK" }])).toBeNull();
    expect(weightedProgress([{ weight: 0, percentComplete: 80, status: "ON_TRACK" }, { weight: 1, percentComplete: 20, status: "ON_TRACK" }])).toBe(20);
    // A negative weight (refused by the forms, possible in a hand-written row) counts for nothing either.
    expect(weightedProgress([{ weight: -1, percentComplete: 50, status: "ON_TRACK" }, { weight: 1, percentComplete: 20, status: "ON_TRACK" }])).toBe(20);
  });

  it("takes an indicator whose target equals its baseline as done only once reached", () => {
    expect(percentFromIndicator(4, 5, 5)).toBe(0);
    expect(percentFromIndicator(5, 5, 5)).toBe(100);
  });

  it("orders updates by day, then by entry time, then by id", () => {
    const early = { reportedOn: day("2026-01-01"), createdAt: at("2026-01-01T08:00:00Z"), id: "b" };
    const laterEntry = { reportedOn: day("2026-01-01"), createdAt: at("2026-01-01T09:00:00Z"), id: "a" };
    expect(compareUpdates(early, laterEntry)).toBeLessThan(0);
    expect(compareUpdates(laterEntry, early)).toBeGreaterThan(0);
    const sameTimeA = { ...early, id: "a" };
    expect(compareUpdates(sameTimeA, early)).toBeLessThan(0);
    expect(compareUpdates(early, sameTimeA)).toBeGreaterThan(0);
    expect(compareUpdates({ reportedOn: early.reportedOn, createdAt: early.createdAt }, early)).toBeLessThan(0);
    expect(compareUpdates(early, { reportedOn: early.reportedOn, createdAt: early.createdAt })).toBeGreaterThan(0);
    expect(compareUpdates(early, { ...early })).toBe(0);
  });

  it("keeps the first of two identical updates as the latest, and a later entry wins over an earlier", () => {
    const first = { reportedOn: day("2026-01-01"), createdAt: at("2026-01-01T08:00:00Z"), id: "x", status: "ON_TRACK", percentComplete: 10 };
    const twin = { ...first, percentComplete: 20 };
    expect(latestUpdate([first, twin])).toBe(first);
    const later = { ...first, createdAt: at("2026-01-01T09:00:00Z"), percentComplete: 30 };
    expect(latestUpdate([later, first])).toBe(later);
  });

  it("has a completion date only when the latest update completes the work", () => {
    const update = { reportedOn: day("2026-02-01"), createdAt: at("2026-02-01T08:00:00Z"), status: "ON_TRACK", percentComplete: 50 };
    expect(currentState([update]).completedOn).toBeNull();
    expect(currentState([{ ...update, status: "COMPLETED", percentComplete: 100 }]).completedOn).toEqual(day("2026-02-01"));
  });

  it("needs no confirmation for a first update, whatever its status", () => {
    expect(needsBackwardsConfirmation({ previousPercent: null, percent: 0, status: "ON_TRACK", isCorrection: false })).toBe(false);
  });

  it("plans a milestone that starts and ends the same day as 0% before and 100% from that day", () => {
    expect(plannedPercent(day("2026-03-10"), day("2026-03-10"), day("2026-03-09"))).toBe(0);
    expect(plannedPercent(day("2026-03-10"), day("2026-03-10"), day("2026-03-10"))).toBe(100);
    expect(plannedPercent(day("2026-03-10"), day("2026-03-01"), day("2026-02-28"))).toBe(0);
    expect(plannedPercent(day("2026-03-10"), day("2026-03-01"), day("2026-03-05"))).toBe(100);
  });
});

describe("permissions, at their edges", () => {
  const admin = { id: "a", role: "ADMIN" as const, organisationId: null, personId: null };
  const manager = { id: "m", role: "MANAGER" as const, organisationId: null, personId: null };
  const officer = { id: "o", role: "OFFICER" as const, organisationId: "org-my", personId: null };
  const member = { id: "w", role: "WG_MEMBER" as const, organisationId: "org-my", personId: "p-1" };

  it("reference data is the administrator's; agreements are everyone's to read", () => {
    expect([admin, manager, officer, member].map(canManageReferenceData)).toEqual([true, false, false, false]);
    expect([admin, manager, officer, member].map(canReadAgreements)).toEqual([true, true, true, true]);
  });

  it("an administrator records an agreement whatever its parties", () => {
    expect(canRecordAgreementWithParties(admin, [])).toBe(true);
    expect(canRecordAgreementWithParties(officer, [])).toBe(false);
  });

  it("managers and administrators list every working group; officers and members do not", () => {
    expect([admin, manager, officer, member].map(canListAllWorkingGroups)).toEqual([true, true, false, false]);
  });

  it("a membership counts through its last day, in UTC calendar days", () => {
    const ending: GroupMembership[] = [{ personId: "p-1", role: "SECRETARIAT", endsOn: day("2026-03-10") }];
    expect(canCoordinateWorkingGroup(member, ending, at("2026-03-10T23:00:00Z"))).toBe(true);
    expect(canCoordinateWorkingGroup(member, ending, at("2026-03-11T00:00:00Z"))).toBe(false);
    expect(canCommentInWorkingGroup(member, ending, at("2026-03-11T00:00:00Z"))).toBe(false);
    const endsLaterThatDay: GroupMembership[] = [{ personId: "p-1", role: "MEMBER", endsOn: at("2026-03-10T00:00:00Z") }];
    expect(canCommentInWorkingGroup(member, endsLaterThatDay, at("2026-03-10T12:00:00Z"))).toBe(true);
  });

  it("a plain member does not review; a co-chair who does not own the item does", () => {
    const item = { malaysiaOwnerId: "p-2", chinaOwnerId: null };
    expect(canReviewActionItem(member, item, [{ personId: "p-1", role: "MEMBER", endsOn: null }])).toBe(false);
    expect(canReviewActionItem(member, item, [{ personId: "p-1", role: "CO_CHAIR", endsOn: null }])).toBe(true);
  });

  it("offers each role exactly its navigation, in order", () => {
    expect(navigationFor("ADMIN")).toEqual(["dashboard", "agreements", "milestones", "workingGroups", "actionItems", "users", "organisations", "people", "outbox", "webhooks"]);
    expect(navigationFor("MANAGER")).toEqual(["dashboard", "agreements", "milestones", "workingGroups", "actionItems"]);
    expect(navigationFor("OFFICER")).toEqual(["milestones", "agreements", "workingGroups", "toConfirm"]);
    expect(navigationFor("WG_MEMBER")).toEqual(["actionItems", "workingGroups", "calendar", "agreements", "toConfirm"]);
  });
});
