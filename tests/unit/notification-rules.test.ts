import { describe, expect, it } from "vitest";
import {
  agreementStatusRecipients,
  assignedRecipients,
  commentRecipients,
  groupMemberRecipients,
  isWorryingProgress,
  meetingInvitation,
  mentionedRecipients,
  ownerRecipients,
  reviewerRecipients,
  type Candidate,
  type GroupForRules,
} from "@/lib/notifications/rules";
import { defaultDelivery, effectiveDelivery, notificationKinds, recordPath } from "@/lib/notifications/kinds";

const user = (id: string, overrides: Partial<Candidate> = {}): Candidate => ({
  id,
  role: "WG_MEMBER",
  organisationId: "org-my",
  personId: `person-${id}`,
  isActive: true,
  name: `Name ${id}`,
  email: `${id}@example.org`,
  ...overrides,
});

const group: GroupForRules = {
  members: [
    { personId: "person-secretariat", role: "SECRETARIAT", endsOn: null },
    { personId: "person-chair", role: "CO_CHAIR", endsOn: null },
    { personId: "person-owner", role: "MEMBER", endsOn: null },
    { personId: "person-cnOwner", role: "MEMBER", endsOn: null },
    { personId: "person-former", role: "CO_CHAIR", endsOn: new Date("2020-01-01T00:00:00Z") },
  ],
  memberPersonIds: ["person-secretariat", "person-chair", "person-owner", "person-cnOwner", "person-former"],
  partyOrganisationIds: ["org-my", "org-cn"],
};
const today = new Date("2026-11-29T00:00:00Z");
const candidates = ["secretariat", "chair", "owner", "cnOwner", "former", "stranger"].map((id) => user(id));
const item = { malaysiaOwnerId: "person-owner", chinaOwnerId: "person-cnOwner" };

describe("who is told about an action item", () => {
  it("assignment: each new owner on each side, never the actor, never someone who may not read the group", () => {
    expect(assignedRecipients(candidates, null, item, group, "secretariat").sort()).toEqual(["cnOwner", "owner"]);
    expect(assignedRecipients(candidates, { malaysiaOwnerId: "person-owner", chinaOwnerId: null }, item, group, null)).toEqual(["cnOwner"]);
    expect(assignedRecipients(candidates, null, item, group, "owner")).toEqual(["cnOwner"]);
    const outsiderOwned = { malaysiaOwnerId: "person-stranger", chinaOwnerId: null };
    expect(assignedRecipients(candidates, null, outsiderOwned, group, null)).toEqual([]);
    expect(assignedRecipients([user("owner", { isActive: false })], null, item, group, null)).toEqual([]);
  });

  it("submission goes to current reviewers (co-chairs, secretariat) who do not own it; returns go to owners", () => {
    expect(reviewerRecipients(candidates, item, group, "owner", today).sort()).toEqual(["chair", "secretariat"]);
    const ownedBySecretariat = { malaysiaOwnerId: "person-secretariat", chinaOwnerId: null };
    expect(reviewerRecipients(candidates, ownedBySecretariat, group, null, today)).toEqual(["chair"]);
    expect(ownerRecipients(candidates, item, group, "chair").sort()).toEqual(["cnOwner", "owner"]);
  });

  it("comments go to owners and reviewers except the author", () => {
    expect(commentRecipients(candidates, item, group, "chair", today).sort()).toEqual(["cnOwner", "owner", "secretariat"]);
  });

  it("mentions match @name or @email, whole handles only, among readers of the group", () => {
    const named = [user("a", { name: "Aminah Yusof", personId: "person-owner" }), user("b", { name: "Aminah", personId: "person-chair" }), user("c", { email: "li@example.cn", personId: "person-cnOwner" })];
    expect(mentionedRecipients("Thanks @aminah yusof, see above", named, group, null)).toEqual(["a"]);
    expect(mentionedRecipients("cc @Aminah.", named, group, null)).toEqual(["b"]);
    expect(mentionedRecipients("ask @li@example.cn please", named, group, null)).toEqual(["c"]);
    expect(mentionedRecipients("mail li@example.cn or @Aminahs", named, group, null)).toEqual([]);
    expect(mentionedRecipients("@Stranger Name", [user("s", { name: "Stranger Name", personId: "person-stranger" })], group, null)).toEqual([]);
  });
});

describe("who is told about meetings, progress and agreements", () => {
  it("meetings: current members only", () => {
    expect(groupMemberRecipients(candidates, group, "secretariat", today).sort()).toEqual(["chair", "cnOwner", "owner"]);
  });

  it("agreement status: party officers and managers, not other officers nor the actor", () => {
    const people = [
      user("myOfficer", { role: "OFFICER", organisationId: "org-my" }),
      user("cnOfficer", { role: "OFFICER", organisationId: "org-cn" }),
      user("otherOfficer", { role: "OFFICER", organisationId: "org-x" }),
      user("manager", { role: "MANAGER", organisationId: null }),
      user("member", { role: "WG_MEMBER", organisationId: "org-my" }),
    ];
    expect(agreementStatusRecipients(people, ["org-my", "org-cn"], "myOfficer").sort()).toEqual(["cnOfficer", "manager"]);
  });

  it("worrying progress and invitation sequences", () => {
    expect(["AT_RISK", "OFF_TRACK"].every(isWorryingProgress)).toBe(true);
    expect(["ON_TRACK", "COMPLETED"].some(isWorryingProgress)).toBe(false);
    expect(meetingInvitation({ version: 1, status: "SCHEDULED" })).toEqual({ method: "REQUEST", sequence: 0 });
    expect(meetingInvitation({ version: 3, status: "CANCELLED" })).toEqual({ method: "CANCEL", sequence: 2 });
  });
});

describe("kinds and preferences", () => {
  it("has a default for every kind, mails at most the actionable ones at once, and links every record type", () => {
    expect(Object.keys(defaultDelivery).sort()).toEqual([...notificationKinds].sort());
    const immediate = notificationKinds.filter((kind) => defaultDelivery[kind] === "IMMEDIATE");
    expect(immediate).not.toContain("ACTION_ITEM_COMMENTED");
    expect(immediate).not.toContain("MILESTONE_STALE");
    expect(effectiveDelivery("ACTION_ITEM_COMMENTED", new Map([["ACTION_ITEM_COMMENTED", "INBOX_ONLY"]]))).toBe("INBOX_ONLY");
    expect(effectiveDelivery("ACTION_ITEM_COMMENTED", undefined)).toBe("DAILY");
    expect(recordPath("Milestone", "m1")).toBe("/milestones/m1");
    expect(recordPath("ActionItem", "a1")).toBe("/action-items/a1");
    expect(recordPath("Digest", "2026-11-30")).toBe("/inbox");
  });
});
