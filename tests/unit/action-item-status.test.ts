import { describe, expect, it } from "vitest";
import { isOverdue } from "@/lib/action-items/overdue";
import { actionItemStatuses, allowedTransitions, checkTransition, isEditableStatus, ownerSideFor, type ActorRoles } from "@/lib/action-items/status-machine";
import { today as appToday } from "@/lib/dates";

const owner: ActorRoles = { isOwner: true, isReviewer: false, isCoordinator: false };
const reviewer: ActorRoles = { isOwner: false, isReviewer: true, isCoordinator: true };
const ownerWhoCoordinates: ActorRoles = { isOwner: true, isReviewer: true, isCoordinator: true };
const bystander: ActorRoles = { isOwner: false, isReviewer: false, isCoordinator: false };

describe("action item status machine", () => {
  it("lets the owner work an item through to submission", () => {
    expect(checkTransition("OPEN", "IN_PROGRESS", owner, null)).toEqual({ ok: true });
    expect(checkTransition("IN_PROGRESS", "SUBMITTED", owner, null)).toEqual({ ok: true });
    expect(checkTransition("RETURNED", "IN_PROGRESS", owner, null)).toEqual({ ok: true });
    expect(checkTransition("RETURNED", "SUBMITTED", owner, null)).toEqual({ ok: true });
  });

  it("lets a reviewer accept, return with a reason, and close", () => {
    expect(checkTransition("SUBMITTED", "ACCEPTED", reviewer, null)).toEqual({ ok: true });
    expect(checkTransition("SUBMITTED", "RETURNED", reviewer, "Please add the annex")).toEqual({ ok: true });
    expect(checkTransition("SUBMITTED", "RETURNED", reviewer, "  ")).toEqual({ ok: false, error: "reasonRequired" });
    expect(checkTransition("ACCEPTED", "CLOSED", reviewer, null)).toEqual({ ok: true });
  });

  it("never lets owners review their own work, even when they chair the group", () => {
    expect(checkTransition("SUBMITTED", "ACCEPTED", ownerWhoCoordinates, null)).toEqual({ ok: false, error: "notYourTransition" });
    expect(allowedTransitions("SUBMITTED", ownerWhoCoordinates)).toEqual(["CANCELLED"]);
  });

  it("refuses moves that are not in the machine", () => {
    expect(checkTransition("OPEN", "ACCEPTED", reviewer, null)).toEqual({ ok: false, error: "illegalTransition" });
    expect(checkTransition("OPEN", "SUBMITTED", owner, null)).toEqual({ ok: false, error: "illegalTransition" });
    expect(checkTransition("CLOSED", "IN_PROGRESS", owner, null)).toEqual({ ok: false, error: "illegalTransition" });
    expect(checkTransition("CANCELLED", "OPEN", reviewer, null)).toEqual({ ok: false, error: "illegalTransition" });
    expect(checkTransition("ACCEPTED", "CANCELLED", reviewer, "late")).toEqual({ ok: false, error: "illegalTransition" });
  });

  it("keeps the owner from accepting and the reviewer from submitting", () => {
    expect(checkTransition("SUBMITTED", "ACCEPTED", owner, null)).toEqual({ ok: false, error: "notYourTransition" });
    expect(checkTransition("IN_PROGRESS", "SUBMITTED", reviewer, null)).toEqual({ ok: false, error: "notYourTransition" });
    expect(allowedTransitions("IN_PROGRESS", bystander)).toEqual([]);
  });

  it("blocks and cancels only from open states, with a reason", () => {
    for (const from of ["OPEN", "IN_PROGRESS", "RETURNED"] as const) {
      expect(checkTransition(from, "BLOCKED", owner, "Waiting for the ministry")).toEqual({ ok: true });
      expect(checkTransition(from, "BLOCKED", owner, null)).toEqual({ ok: false, error: "reasonRequired" });
      expect(checkTransition(from, "CANCELLED", reviewer, "Superseded")).toEqual({ ok: true });
    }
    expect(checkTransition("BLOCKED", "CANCELLED", reviewer, "Overtaken by events")).toEqual({ ok: true });
    expect(checkTransition("BLOCKED", "IN_PROGRESS", owner, null)).toEqual({ ok: true });
    expect(checkTransition("CLOSED", "BLOCKED", owner, "x")).toEqual({ ok: false, error: "illegalTransition" });
    expect(checkTransition("OPEN", "CANCELLED", owner, "x")).toEqual({ ok: false, error: "notYourTransition" });
  });

  it("offers each actor exactly their next steps", () => {
    expect(allowedTransitions("OPEN", owner)).toEqual(["IN_PROGRESS", "BLOCKED"]);
    expect(allowedTransitions("SUBMITTED", reviewer)).toEqual(["ACCEPTED", "RETURNED", "CANCELLED"]);
    expect(allowedTransitions("CLOSED", reviewer)).toEqual([]);
  });
});

describe("editing an item's details", () => {
  it("is possible in every status but closed and cancelled", () => {
    expect(actionItemStatuses.filter((status) => !isEditableStatus(status))).toEqual(["CLOSED", "CANCELLED"]);
  });
});

describe("owner side and overdue", () => {
  it("derives the owner side from the owners", () => {
    expect(ownerSideFor("a", "b")).toBe("JOINT");
    expect(ownerSideFor("a", null)).toBe("MALAYSIA");
    expect(ownerSideFor(null, "b")).toBe("CHINA");
    expect(ownerSideFor(null, null)).toBeNull();
  });

  it("counts only unfinished work past its due day as overdue", () => {
    // 00:30 on 10 March in Kuala Lumpur: UTC is still on the 9th, and an item due on the 9th is overdue.
    const today = appToday(new Date("2026-03-09T16:30:00Z"));
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: new Date("2026-03-09T00:00:00Z") }, today)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: new Date("2026-03-10T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "CLOSED", dueOn: new Date("2026-01-01T00:00:00Z") }, today)).toBe(false);
    expect(isOverdue({ status: "BLOCKED", dueOn: new Date("2026-01-01T00:00:00Z") }, today)).toBe(true);
  });
});
