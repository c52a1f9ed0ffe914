import { describe, expect, it } from "vitest";
import {
  designatedApprover,
  approverPersonIds,
  draftRevisionNumber,
  editSupersedesRevision,
  isAgreedByBothSides,
  isLocked,
  isProvisional,
  mayCirculate,
  mayRespond,
  minutesState,
  sidesStillToApprove,
  type MinutesResponseFacts,
  type MinutesRevisionFacts,
} from "@/lib/meetings/minutes-approval";
import { canApproveMinutesForSide, canChooseMinutesApprovers, canCirculateMinutes } from "@/lib/permissions";
import { diffMinutes, diffText } from "@/lib/meetings/minutes-diff";
import type { MinutesContent } from "@/lib/meetings/minutes-content";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 2, minute));
const approved = (side: "MALAYSIA" | "CHINA", minute: number): MinutesResponseFacts => ({ side, kind: "APPROVED", createdAt: at(minute) });
const changes = (side: "MALAYSIA" | "CHINA", minute: number): MinutesResponseFacts => ({ side, kind: "CHANGES_REQUESTED", createdAt: at(minute) });
const revision = (number: number, responses: MinutesResponseFacts[] = [], supersededAt: Date | null = null): MinutesRevisionFacts => ({ number, responses, supersededAt });

describe("both approvals are required", () => {
  it("one side alone never agrees the minutes; both sides do", () => {
    expect(isAgreedByBothSides([])).toBe(false);
    expect(isAgreedByBothSides([approved("MALAYSIA", 1)])).toBe(false);
    expect(isAgreedByBothSides([approved("CHINA", 1)])).toBe(false);
    expect(isAgreedByBothSides([approved("MALAYSIA", 1), approved("MALAYSIA", 2)])).toBe(false);
    expect(isAgreedByBothSides([approved("MALAYSIA", 1), approved("CHINA", 2)])).toBe(true);
    expect(sidesStillToApprove([approved("MALAYSIA", 1)])).toEqual(["CHINA"]);
  });

  it("each side's latest answer counts: a change request after an approval withdraws it, an approval after a request settles it", () => {
    expect(isAgreedByBothSides([approved("MALAYSIA", 1), approved("CHINA", 2), changes("CHINA", 3)])).toBe(false);
    expect(isAgreedByBothSides([approved("MALAYSIA", 1), changes("CHINA", 2), approved("CHINA", 3)])).toBe(true);
    // Order in the list does not matter, only the time of each answer.
    expect(isAgreedByBothSides([approved("CHINA", 3), approved("MALAYSIA", 1), changes("CHINA", 2)])).toBe(true);
  });
});

describe("the state of the minutes", () => {
  it("none before anything is recorded, draft once recorded, then circulated, changes requested, agreed", () => {
    expect(minutesState({ hasMinutes: false, revisions: [] })).toBe("NONE");
    expect(minutesState({ hasMinutes: true, revisions: [] })).toBe("DRAFT");
    expect(minutesState({ hasMinutes: true, revisions: [revision(1)] })).toBe("CIRCULATED");
    expect(minutesState({ hasMinutes: true, revisions: [revision(1, [approved("MALAYSIA", 1)])] })).toBe("CIRCULATED");
    expect(minutesState({ hasMinutes: true, revisions: [revision(1, [approved("MALAYSIA", 1), changes("CHINA", 2)])] })).toBe("CHANGES_REQUESTED");
    expect(minutesState({ hasMinutes: true, revisions: [revision(1, [approved("MALAYSIA", 1), approved("CHINA", 2)])] })).toBe("AGREED");
  });

  it("a change reopens: a superseded revision (even an agreed one) leaves a draft of the next revision", () => {
    const agreed = revision(1, [approved("MALAYSIA", 1), approved("CHINA", 2)], at(5));
    expect(minutesState({ hasMinutes: true, revisions: [agreed] })).toBe("DRAFT");
    expect(draftRevisionNumber([agreed])).toBe(2);
    // The newest revision decides, whatever order they come in.
    expect(minutesState({ hasMinutes: true, revisions: [revision(2), agreed] })).toBe("CIRCULATED");
    expect(minutesState({ hasMinutes: true, revisions: [revision(2, [approved("CHINA", 9)]), agreed] })).toBe("CIRCULATED");
    expect(draftRevisionNumber([])).toBe(1);
    expect(draftRevisionNumber([revision(1)])).toBe(1);
  });

  it("what each state allows", () => {
    expect(["NONE", "DRAFT", "CIRCULATED", "CHANGES_REQUESTED", "AGREED"].map((state) => [mayCirculate(state as never), mayRespond(state as never), isLocked(state as never), editSupersedesRevision(state as never)])).toEqual([
      [false, false, false, false],
      [true, false, false, false],
      [false, true, false, true],
      [false, true, false, true],
      [false, false, true, false],
    ]);
  });

  it("decisions and items are provisional until agreed; an item raised after the agreement stays provisional", () => {
    expect(isProvisional({ state: "CIRCULATED", agreedAt: null })).toBe(true);
    expect(isProvisional({ state: "DRAFT", agreedAt: at(1) })).toBe(true);
    expect(isProvisional({ state: "AGREED", agreedAt: at(10) })).toBe(false);
    expect(isProvisional({ state: "AGREED", agreedAt: at(10) }, at(9))).toBe(false);
    expect(isProvisional({ state: "AGREED", agreedAt: at(10) }, at(11))).toBe(true);
  });
});

describe("the designated approver of a side", () => {
  const today = new Date("2026-06-01T00:00:00Z");
  const members = [
    { id: "m-my-chair", personId: "p-my-chair", side: "MALAYSIA" as const, role: "CO_CHAIR" as const, endsOn: null, startsOn: new Date("2025-01-01T00:00:00Z") },
    { id: "m-my-sec", personId: "p-my-sec", side: "MALAYSIA" as const, role: "SECRETARIAT" as const, endsOn: null },
    { id: "m-cn-old", personId: "p-cn-old", side: "CHINA" as const, role: "CO_CHAIR" as const, endsOn: new Date("2026-05-31T00:00:00Z") },
    { id: "m-cn-chair", personId: "p-cn-chair", side: "CHINA" as const, role: "CO_CHAIR" as const, endsOn: null },
    { id: "m-cn-member", personId: "p-cn-member", side: "CHINA" as const, role: "MEMBER" as const, endsOn: null },
  ];

  it("is the side's current co-chair by default, or the member the group chose", () => {
    expect(designatedApprover(members, null, "MALAYSIA", today)).toMatchObject({ member: { id: "m-my-chair" }, isDefault: true });
    expect(designatedApprover(members, null, "CHINA", today)).toMatchObject({ member: { id: "m-cn-chair" }, isDefault: true });
    expect(designatedApprover(members, "m-cn-member", "CHINA", today)).toMatchObject({ member: { id: "m-cn-member" }, isDefault: false });
  });

  it("never a member of the other side or one whose membership ended; nobody when the side has no co-chair", () => {
    expect(designatedApprover(members, "m-my-sec", "CHINA", today)).toMatchObject({ member: { id: "m-cn-chair" }, isDefault: true });
    expect(designatedApprover(members, "m-cn-old", "CHINA", today)).toMatchObject({ member: { id: "m-cn-chair" } });
    expect(designatedApprover(members.filter((member) => member.id !== "m-my-chair"), null, "MALAYSIA", today)).toBeNull();
  });

  it("only the designated approver of a side approves for it: not the other side's, not an administrator, not the secretariat", () => {
    const approvers = approverPersonIds(members, { MALAYSIA: null, CHINA: "m-cn-member" }, today);
    expect(approvers).toEqual({ MALAYSIA: "p-my-chair", CHINA: "p-cn-member" });
    const actor = (personId: string | null, role: "ADMIN" | "WG_MEMBER" = "WG_MEMBER") => ({ id: "u", role, organisationId: null, personId });
    expect(canApproveMinutesForSide(actor("p-my-chair"), approvers, "MALAYSIA")).toBe(true);
    expect(canApproveMinutesForSide(actor("p-my-chair"), approvers, "CHINA")).toBe(false);
    expect(canApproveMinutesForSide(actor("p-cn-member"), approvers, "CHINA")).toBe(true);
    expect(canApproveMinutesForSide(actor("p-cn-chair"), approvers, "CHINA")).toBe(false);
    expect(canApproveMinutesForSide(actor("p-my-sec"), approvers, "MALAYSIA")).toBe(false);
    expect(canApproveMinutesForSide(actor(null, "ADMIN"), approvers, "MALAYSIA")).toBe(false);
    expect(canApproveMinutesForSide(actor(null), { MALAYSIA: null, CHINA: null }, "MALAYSIA")).toBe(false);
  });

  it("the group's coordinators circulate; those who set the group up choose the approvers", () => {
    const groupMembers = members.map((member) => ({ personId: member.personId, role: member.role, endsOn: member.endsOn }));
    expect(canCirculateMinutes({ id: "u", role: "WG_MEMBER", organisationId: null, personId: "p-my-sec" }, groupMembers, today)).toBe(true);
    expect(canCirculateMinutes({ id: "u", role: "WG_MEMBER", organisationId: null, personId: "p-cn-member" }, groupMembers, today)).toBe(false);
    expect(canChooseMinutesApprovers({ id: "u", role: "OFFICER", organisationId: "org-my", personId: null }, { partyOrganisationIds: ["org-my"] })).toBe(true);
    expect(canChooseMinutesApprovers({ id: "u", role: "WG_MEMBER", organisationId: "org-my", personId: "p-my-chair" }, { partyOrganisationIds: ["org-my"] })).toBe(false);
  });
});

describe("what changed between revisions", () => {
  const base: MinutesContent = {
    summary: "The group adopted the work plan.",
    attendance: [{ personId: "p1", name: "Liu Wenjie", nameZh: "刘文杰", side: "CHINA", attended: true }],
    agenda: [{ id: "a1", order: 1, title: "Work plan", minutes: "Discussed the plan." }],
    decisions: [{ id: "d1", order: 1, textEn: "Adopt the plan.", textMs: null, textZh: "通过工作计划。" }],
  };

  it("reports nothing for the same minutes", () => {
    expect(diffMinutes(base, structuredClone(base))).toEqual([]);
  });

  it("names each changed field, agenda item, decision language and attendance, word by word", () => {
    const after: MinutesContent = {
      summary: "The group adopted the revised work plan.",
      attendance: [{ ...base.attendance[0]!, attended: false }],
      agenda: [{ id: "a1", order: 1, title: "Work plan", minutes: "Discussed the plan." }],
      decisions: [
        { id: "d1", order: 1, textEn: "Adopt the plan.", textMs: "Menerima pakai pelan.", textZh: "通过修订后的工作计划。" },
        { id: "d2", order: 2, textEn: "Meet again in March.", textMs: null, textZh: null },
      ],
    };
    const changes = diffMinutes(base, after);
    expect(changes.map((change) => (change.field === "decision" ? `decision ${change.order} ${change.language} ${change.change}` : `${change.field}${"change" in change ? ` ${change.change}` : ""}`))).toEqual([
      "summary changed",
      "decision 1 ms added",
      "decision 1 zh changed",
      "decision 2 en added",
      "attendance",
    ]);
    const summary = changes[0];
    if (summary?.field !== "summary") throw new Error("summary first");
    expect(summary.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["revised"]);
    expect(summary.parts.filter((part) => !part.added && !part.removed).map((part) => part.value).join("")).toContain("adopted the");
    expect(changes[4]).toMatchObject({ field: "attendance", wasAttended: true, attended: false });
  });

  it("splits Chinese into words rather than replacing the whole sentence", () => {
    const change = diffText("通过工作计划。", "通过修订后的工作计划。");
    expect(change?.change).toBe("changed");
    expect(change?.parts.some((part) => !part.added && !part.removed && part.value.includes("工作"))).toBe(true);
    expect(diffText("", "  ")).toBeNull();
    expect(diffText("Text", null)).toMatchObject({ change: "removed" });
  });
});
