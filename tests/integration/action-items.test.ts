import { describe, expect, it } from "vitest";
import { commentOnActionItem, createActionItem, transitionActionItem } from "@/lib/actions/action-items";
import { getActionItemDetail, getActionItemQueue } from "@/lib/data/action-items";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, createMeeting, runAction } from "../helpers/groups-factories";

const auditActions = async (entityId: string) => (await testDb.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" }, select: { action: true } })).map((event) => event.action);

describe("raising action items", () => {
  it("lets the secretariat raise a joint item from a decision, with the owner side derived", async () => {
    const fixture = await createGroupFixture();
    const meeting = await createMeeting(fixture.group.id, new Date("2026-01-10T02:00:00Z"));
    const decision = await testDb.decision.create({ data: { meetingId: meeting.id, textEn: "Draft the report" } });
    actAs(fixture.mySecretariat.user);
    const titleEn = unique("Joint item");
    const result = await runAction(
      createActionItem(undefined, {
        workingGroupId: fixture.group.id,
        decisionId: decision.id,
        titleEn,
        titleZh: "联合事项",
        malaysiaOwnerId: fixture.myMember.person.id,
        chinaOwnerId: fixture.cnMember.person.id,
        dueOn: "2026-02-01",
        priority: "HIGH",
      }),
    );
    expect(result).toBe("redirected");
    const item = await testDb.actionItem.findFirstOrThrow({ where: { titleEn } });
    expect(item).toMatchObject({ ownerSide: "JOINT", meetingId: meeting.id, decisionId: decision.id, status: "OPEN", titleZh: "联合事项" });
    expect(await auditActions(item.id)).toEqual(["actionItem.create"]);
  });

  it("refuses a plain member, an outsider and a manager, writing nothing", async () => {
    const fixture = await createGroupFixture();
    const other = await createGroupFixture();
    for (const user of [fixture.myMember.user, other.mySecretariat.user, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      const titleEn = unique("Refused");
      const result = await createActionItem(undefined, { workingGroupId: fixture.group.id, titleEn, malaysiaOwnerId: fixture.myMember.person.id, dueOn: "2026-02-01", priority: "LOW" });
      expect(result).toMatchObject({ status: "error", formError: "errors.notFound" });
      expect(await testDb.actionItem.count({ where: { titleEn } })).toBe(0);
    }
  });

  it("refuses an owner from the wrong side, no owner at all, and unknown fields", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    const base = { workingGroupId: fixture.group.id, titleEn: unique("Bad"), dueOn: "2026-02-01", priority: "LOW" };
    expect(await createActionItem(undefined, { ...base, malaysiaOwnerId: fixture.cnMember.person.id })).toMatchObject({
      status: "error",
      fieldErrors: { malaysiaOwnerId: ["actionItems.errors.ownerNotOnSide"] },
    });
    expect(await createActionItem(undefined, base)).toMatchObject({ status: "error", fieldErrors: { malaysiaOwnerId: ["actionItems.errors.ownerRequired"] } });
    expect(await createActionItem(undefined, { ...base, malaysiaOwnerId: fixture.myMember.person.id, status: "CLOSED" })).toMatchObject({
      status: "error",
      fieldErrors: { _form: ["errors.unknownFields"] },
    });
  });

  it("raises a standalone item linked to the agreement's cooperation area, and refuses another agreement's", async () => {
    const fixture = await createGroupFixture();
    const other = await createGroupFixture();
    const area = await testDb.cooperationArea.create({ data: { agreementId: fixture.agreement.id, number: 1, titleEn: "Talent" } });
    const foreignArea = await testDb.cooperationArea.create({ data: { agreementId: other.agreement.id, number: 1, titleEn: "Elsewhere" } });
    actAs(fixture.cnCoChair.user);
    const base = { workingGroupId: fixture.group.id, chinaOwnerId: fixture.cnMember.person.id, dueOn: "2026-05-01", priority: "MEDIUM" };
    expect(await createActionItem(undefined, { ...base, titleEn: unique("Foreign"), cooperationAreaId: foreignArea.id })).toMatchObject({
      fieldErrors: { cooperationAreaId: ["actionItems.errors.areaNotInAgreement"] },
    });
    const titleEn = unique("Standalone");
    expect(await runAction(createActionItem(undefined, { ...base, titleEn, cooperationAreaId: area.id }))).toBe("redirected");
    expect(await testDb.actionItem.findFirstOrThrow({ where: { titleEn } })).toMatchObject({ ownerSide: "CHINA", meetingId: null, cooperationAreaId: area.id, createdById: fixture.cnCoChair.user.id });
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect(await createActionItem(undefined, {})).toEqual({ status: "error", formError: "errors.unauthenticated" });
  });
});

describe("moving an action item through review", () => {
  it("runs owner → reviewer → owner → reviewer, auditing every step", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { chinaOwnerId: fixture.cnMember.person.id });
    actAs(fixture.myMember.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "IN_PROGRESS" })).toMatchObject({ status: "success" });
    expect(await transitionActionItem(undefined, { id: item.id, version: "2", to: "SUBMITTED" })).toMatchObject({ status: "success" });

    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "3", to: "RETURNED" })).toMatchObject({ fieldErrors: { comment: ["actionItems.errors.reasonRequired"] } });
    expect(await transitionActionItem(undefined, { id: item.id, version: "3", to: "RETURNED", comment: "Add the annex" })).toMatchObject({ status: "success" });
    const returned = await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id }, include: { comments: true } });
    expect(returned).toMatchObject({ status: "RETURNED", statusReason: "Add the annex", reviewedById: fixture.cnCoChair.user.id, version: 4 });
    expect(returned.comments.map((comment) => comment.body)).toEqual(["Add the annex"]);

    // The Chinese co-owner may resubmit too.
    actAs(fixture.cnMember.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "4", to: "SUBMITTED" })).toMatchObject({ status: "success" });
    actAs(fixture.mySecretariat.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "5", to: "ACCEPTED" })).toMatchObject({ status: "success" });
    expect(await transitionActionItem(undefined, { id: item.id, version: "6", to: "CLOSED" })).toMatchObject({ status: "success" });
    expect(await auditActions(item.id)).toEqual(["actionItem.in_progress", "actionItem.submitted", "actionItem.returned", "actionItem.submitted", "actionItem.accepted", "actionItem.closed"]);
  });

  it("refuses the owner reviewing their own item, a plain member reviewing, and illegal moves", async () => {
    const fixture = await createGroupFixture();
    const mine = await createActionItemRow(fixture, { malaysiaOwnerId: fixture.mySecretariat.person.id, status: "SUBMITTED" });
    actAs(fixture.mySecretariat.user);
    expect(await transitionActionItem(undefined, { id: mine.id, version: "1", to: "ACCEPTED" })).toMatchObject({ formError: "actionItems.errors.notYourTransition" });

    const other = await createActionItemRow(fixture, { malaysiaOwnerId: fixture.mySecretariat.person.id, status: "SUBMITTED" });
    actAs(fixture.cnMember.user);
    expect(await transitionActionItem(undefined, { id: other.id, version: "1", to: "ACCEPTED" })).toMatchObject({ formError: "actionItems.errors.notYourTransition" });

    const open = await createActionItemRow(fixture);
    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: open.id, version: "1", to: "ACCEPTED" })).toMatchObject({ formError: "actionItems.errors.illegalTransition" });
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ status: "OPEN", version: 1 });
    expect(await auditActions(open.id)).toEqual([]);
  });

  it("answers a non-member as if the item did not exist", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "SUBMITTED" });
    actAs(outsider.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "ACCEPTED" })).toMatchObject({ formError: "errors.notFound" });
    expect(await commentOnActionItem(undefined, { id: item.id, body: "Hello" })).toMatchObject({ formError: "errors.notFound" });
    await expect(getActionItemDetail(item.id)).resolves.toBeNull();
  });

  it("shows a stale version as a conflict and changes nothing", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "SUBMITTED" });
    actAs(fixture.cnCoChair.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "ACCEPTED" })).toMatchObject({ status: "success" });
    actAs(fixture.mySecretariat.user);
    // A second reviewer who loaded version 1 tries to return the already accepted item: refused.
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "RETURNED", comment: "Late" })).toMatchObject({ formError: "actionItems.errors.illegalTransition" });
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "ACCEPTED", version: 2 });
    const accepted = await createActionItemRow(fixture, { status: "ACCEPTED" });
    expect(await transitionActionItem(undefined, { id: accepted.id, version: "7", to: "CLOSED" })).toEqual(expect.objectContaining({ status: "conflict", formError: "errors.conflict" }));
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: accepted.id } })).toMatchObject({ status: "ACCEPTED", version: 1 });
  });

  it("goes back to the page the move was made from, and only to an action-item page", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "OPEN" });
    actAs(fixture.myMember.user);
    for (const returnTo of ["https://elsewhere.example/", "//elsewhere.example/action-items", "/admin/users"]) {
      expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "IN_PROGRESS", returnTo })).toMatchObject({ fieldErrors: { returnTo: expect.any(Array) } });
    }
    expect(await runAction(transitionActionItem(undefined, { id: item.id, version: "1", to: "IN_PROGRESS", returnTo: "/action-items?scope=mine" }))).toBe("redirected");
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2 });
  });

  it("does not blame someone else when the owner's own earlier press made the version stale", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "RETURNED" });
    actAs(fixture.myMember.user);
    // "Start work", then "Submit for review" pressed before the page refreshed (still version 1).
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "IN_PROGRESS" })).toMatchObject({ status: "success", saved: "actionItemMoved" });
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "SUBMITTED" })).toEqual(expect.objectContaining({ status: "conflict", formError: "forms.conflictOwnChange" }));
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    // Someone else's change in between is still called a conflict with another person.
    actAs(fixture.mySecretariat.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "CANCELLED", comment: "Dropped" })).toEqual(expect.objectContaining({ status: "conflict", formError: "errors.conflict" }));
  });
});

describe("comments", () => {
  it("lets members comment, audited; refuses managers and empty comments", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    actAs(fixture.cnMember.user);
    expect(await commentOnActionItem(undefined, { id: item.id, body: "收到" })).toMatchObject({ status: "success" });
    expect(await commentOnActionItem(undefined, { id: item.id, body: "  " })).toMatchObject({ fieldErrors: { body: ["errors.required"] } });
    actAs(await createUser({ role: "MANAGER" }));
    expect(await commentOnActionItem(undefined, { id: item.id, body: "Manager note" })).toMatchObject({ formError: "errors.notFound" });
    expect((await testDb.actionItemComment.findMany({ where: { actionItemId: item.id } })).map((comment) => comment.body)).toEqual(["收到"]);
    expect(await auditActions(item.id)).toEqual(["actionItem.comment"]);
  });
});

describe("the review queue", () => {
  it("shows an owner their items overdue first, and a reviewer what waits for them, with counts", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const later = await createActionItemRow(fixture, { dueOn: new Date("2099-01-01T00:00:00Z") });
    const overdue = await createActionItemRow(fixture, { dueOn: new Date("2020-01-01T00:00:00Z"), status: "IN_PROGRESS" });
    const closed = await createActionItemRow(fixture, { dueOn: new Date("2020-01-01T00:00:00Z"), status: "CLOSED" });
    const submitted = await createActionItemRow(fixture, { status: "SUBMITTED" });
    await createActionItemRow(outsider, { status: "SUBMITTED" });

    actAs(fixture.myMember.user);
    const mine = await getActionItemQueue({});
    expect(mine.scope).toBe("mine");
    expect(mine.rows.map((row) => row.id)).toEqual([overdue.id, submitted.id, later.id]);
    expect(mine.rows[0]?.isOverdue).toBe(true);
    expect(mine.counts).toMatchObject({ mineOpen: 3, mineOverdue: 1, toReview: 0 });
    expect((await getActionItemQueue({ status: "any" })).rows.map((row) => row.id)).toContain(closed.id);
    expect((await getActionItemQueue({ due: "overdue" })).rows.map((row) => row.id)).toEqual([overdue.id]);

    actAs(fixture.cnCoChair.user);
    const review = await getActionItemQueue({ scope: "review" });
    expect(review.rows.map((row) => row.id)).toEqual([submitted.id]);
    expect(review.rows[0]?.canReview).toBe(true);
    expect(review.counts.toReview).toBe(1);

    // A member who is not a co-chair or the secretariat has nothing to review.
    actAs(fixture.cnMember.user);
    expect((await getActionItemQueue({ scope: "review" })).rows).toEqual([]);
  });

  it("never lists another group's items, even when asked for them", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const hidden = await createActionItemRow(outsider);
    actAs(fixture.mySecretariat.user);
    const all = await getActionItemQueue({ scope: "all", group: outsider.group.id, status: "any" });
    expect(all.rows.map((row) => row.id)).not.toContain(hidden.id);
    expect(all.counts.filtered).toBe(0);
  });
});
