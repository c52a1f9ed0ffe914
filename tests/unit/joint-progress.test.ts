// Progress confirmed by both sides: who may answer a report on a joint milestone, and what each
// answer does (lib/joint-progress/rules.ts, lib/permissions.ts).
import { describe, expect, it } from "vitest";
import { canAnswerJointProgress, canUseConfirmationQueue, jointProgressSides, navigationFor } from "@/lib/permissions";
import { answeringSide, awaitsAnswer, confirmedPercent, isOpenDispute, isOwnSideReport, nextConfirmationState, type ConfirmationState } from "@/lib/joint-progress/rules";
import type { Role, Side } from "@/lib/auth/session-user";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-11-30");
const user = (role: Role, side: Side | null, organisationId: string | null = side ? `org-${side}` : null, personId: string | null = null) => ({
  id: `${role}-${side}`,
  role,
  organisationId,
  personId,
  side,
});
const joint = { ownerSide: "JOINT" as const, partyOrganisationIds: ["org-MALAYSIA", "org-CHINA"], memberships: [] };
const reportedBy = (reportedSide: Side | null) => ({ ...joint, reportedSide });

describe("who answers a report on a joint milestone", () => {
  it("lets an officer of the other side confirm, never one of the reporting side", () => {
    expect(canAnswerJointProgress(user("OFFICER", "CHINA"), reportedBy("MALAYSIA"), today)).toBe(true);
    expect(canAnswerJointProgress(user("OFFICER", "MALAYSIA"), reportedBy("MALAYSIA"), today)).toBe(false);
    expect(canAnswerJointProgress(user("OFFICER", "MALAYSIA"), reportedBy("CHINA"), today)).toBe(true);
    expect(canAnswerJointProgress(user("OFFICER", "CHINA"), reportedBy("CHINA"), today)).toBe(false);
  });

  it("needs the officer's organisation to be party to the agreement", () => {
    expect(canAnswerJointProgress(user("OFFICER", "CHINA", "org-elsewhere"), reportedBy("MALAYSIA"), today)).toBe(false);
  });

  it("lets a current working-group member answer for the side they sit on, not after their membership ended", () => {
    const member = user("WG_MEMBER", null, null, "person-1");
    const sitting = { ...reportedBy("MALAYSIA"), memberships: [{ personId: "person-1", side: "CHINA" as const, endsOn: null }] };
    expect(canAnswerJointProgress(member, sitting, today)).toBe(true);
    expect(canAnswerJointProgress(member, { ...sitting, memberships: [{ personId: "person-1", side: "CHINA" as const, endsOn: day("2026-11-29") }] }, today)).toBe(false);
    expect(canAnswerJointProgress(member, { ...sitting, memberships: [{ personId: "person-1", side: "CHINA" as const, endsOn: today }] }, today)).toBe(true);
    expect(canAnswerJointProgress(member, { ...sitting, memberships: [{ personId: "someone-else", side: "CHINA" as const, endsOn: null }] }, today)).toBe(false);
    expect(canAnswerJointProgress(member, { ...sitting, reportedSide: "CHINA" }, today)).toBe(false);
  });

  it("gives administrators and managers no side, and milestones that are not joint no confirmation", () => {
    expect(canAnswerJointProgress(user("ADMIN", "CHINA"), reportedBy("MALAYSIA"), today)).toBe(false);
    expect(canAnswerJointProgress(user("MANAGER", "CHINA"), reportedBy("MALAYSIA"), today)).toBe(false);
    expect(canAnswerJointProgress(user("OFFICER", "CHINA"), { ...reportedBy("MALAYSIA"), ownerSide: "MALAYSIA" }, today)).toBe(false);
    expect(jointProgressSides(user("OFFICER", "CHINA"), { ...joint, ownerSide: "CHINA" }, today)).toEqual([]);
  });

  it("lets either side answer a report no side made (an administrator's without an organisation)", () => {
    expect(canAnswerJointProgress(user("OFFICER", "CHINA"), reportedBy(null), today)).toBe(true);
    expect(canAnswerJointProgress(user("OFFICER", "MALAYSIA"), reportedBy(null), today)).toBe(true);
    expect(answeringSide(null, ["MALAYSIA"])).toBe("MALAYSIA");
    expect(answeringSide("MALAYSIA", ["MALAYSIA", "CHINA"])).toBe("CHINA");
    expect(answeringSide("MALAYSIA", ["MALAYSIA"])).toBeNull();
    expect(isOwnSideReport(null, "CHINA")).toBe(false);
  });

  it("offers the queue to officers and working-group members, in their navigation", () => {
    for (const role of ["OFFICER", "WG_MEMBER"] as const) {
      expect(canUseConfirmationQueue(user(role, null))).toBe(true);
      expect(navigationFor(role)).toContain("toConfirm");
    }
    for (const role of ["ADMIN", "MANAGER"] as const) {
      expect(canUseConfirmationQueue(user(role, null))).toBe(false);
      expect(navigationFor(role)).not.toContain("toConfirm");
    }
  });
});

describe("what an answer does", () => {
  const reported = { state: "REPORTED" as const, reportedSide: "MALAYSIA" as const };

  it("refuses a side confirming or disputing its own report", () => {
    expect(nextConfirmationState(reported, { kind: "confirm", side: "MALAYSIA" })).toEqual({ ok: false, reason: "jointProgress.errors.ownSide" });
    expect(nextConfirmationState(reported, { kind: "dispute", side: "MALAYSIA" })).toEqual({ ok: false, reason: "jointProgress.errors.ownSide" });
  });

  it("confirms a report of the other side", () => {
    expect(nextConfirmationState(reported, { kind: "confirm", side: "CHINA" })).toEqual({ ok: true, state: "CONFIRMED" });
  });

  it("settles a dispute by a correction: the disputed update is superseded", () => {
    const disputed = nextConfirmationState(reported, { kind: "dispute", side: "CHINA" });
    expect(disputed).toEqual({ ok: true, state: "DISPUTED" });
    const state = disputed.ok ? disputed.state : "REPORTED";
    expect(isOpenDispute(state)).toBe(true);
    const corrected = nextConfirmationState({ ...reported, state }, { kind: "correct" });
    expect(corrected).toEqual({ ok: true, state: "SUPERSEDED" });
    expect(isOpenDispute("SUPERSEDED")).toBe(false);
    // A superseded update is answered no more: the correction is.
    expect(nextConfirmationState({ ...reported, state: "SUPERSEDED" }, { kind: "confirm", side: "CHINA" })).toEqual({ ok: false, reason: "jointProgress.errors.superseded" });
  });

  it("settles a dispute by the other side confirming after all, and does not dispute twice", () => {
    const disputed = { ...reported, state: "DISPUTED" as const };
    expect(nextConfirmationState(disputed, { kind: "dispute", side: "CHINA" })).toEqual({ ok: false, reason: "jointProgress.errors.alreadyDisputed" });
    expect(nextConfirmationState(disputed, { kind: "confirm", side: "CHINA" })).toEqual({ ok: true, state: "CONFIRMED" });
    expect(nextConfirmationState(disputed, { kind: "confirm", side: "MALAYSIA" })).toEqual({ ok: false, reason: "jointProgress.errors.ownSide" });
  });

  it("keeps a confirmed update confirmed, even when corrected later", () => {
    const confirmed = { ...reported, state: "CONFIRMED" as const };
    expect(nextConfirmationState(confirmed, { kind: "confirm", side: "CHINA" })).toEqual({ ok: false, reason: "jointProgress.errors.alreadyConfirmed" });
    expect(nextConfirmationState(confirmed, { kind: "dispute", side: "CHINA" })).toEqual({ ok: false, reason: "jointProgress.errors.alreadyConfirmed" });
    expect(nextConfirmationState(confirmed, { kind: "correct" })).toEqual({ ok: true, state: "CONFIRMED" });
    expect(nextConfirmationState({ ...reported, state: "SUPERSEDED" }, { kind: "correct" })).toEqual({ ok: true, state: "SUPERSEDED" });
  });

  it("waits for an answer only while reported", () => {
    const waiting = (["REPORTED", "CONFIRMED", "DISPUTED", "SUPERSEDED"] as const).filter(awaitsAnswer);
    expect(waiting).toEqual(["REPORTED"]);
  });
});

describe("the percent both sides agree on", () => {
  const update = (id: string, reportedOn: string, percentComplete: number, state: ConfirmationState | null, createdAt = reportedOn) => ({
    id,
    reportedOn: day(reportedOn),
    createdAt: day(createdAt),
    percentComplete,
    state,
  });

  it("is the latest confirmed update's, by reported day then entry time, whatever came after", () => {
    expect(
      confirmedPercent([update("a", "2026-09-01", 20, "CONFIRMED"), update("b", "2026-10-01", 40, "CONFIRMED"), update("c", "2026-11-01", 70, "REPORTED"), update("d", "2026-11-02", 75, "DISPUTED")]),
    ).toBe(40);
    expect(confirmedPercent([update("a", "2026-10-01", 30, "CONFIRMED", "2026-10-02"), update("b", "2026-10-01", 35, "CONFIRMED", "2026-10-01")])).toBe(30);
  });

  it("is 0 while nothing is confirmed", () => {
    expect(confirmedPercent([update("a", "2026-09-01", 20, "REPORTED"), update("b", "2026-10-01", 40, null)])).toBe(0);
    expect(confirmedPercent([])).toBe(0);
  });
});
