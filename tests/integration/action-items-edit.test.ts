// Correcting an action item after it was raised: coordinators only, version-checked, audited,
// never once it is closed or cancelled, and owners held to the same rule as when raising one.
import { describe, expect, it } from "vitest";
import { createActionItem, transitionActionItem, updateActionItem } from "@/lib/actions/action-items";
import { getActionItemDetail, getActionItemForEdit } from "@/lib/data/action-items";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, runAction, type GroupFixture } from "../helpers/groups-factories";

const auditEvents = (entityId: string) => testDb.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" }, select: { action: true, actorId: true, before: true, after: true } });

/** A valid edit of the fixture's default item (Malaysian owner: the plain member). */
const editOf = (fixture: GroupFixture, item: { id: string; version: number }, changes: Record<string, string> = {}) => ({
  id: item.id,
  version: String(item.version),
  titleEn: unique("Corrected title"),
  malaysiaOwnerId: fixture.myMember.person.id,
  dueOn: "2030-03-15",
  priority: "MEDIUM",
  ...changes,
});

describe("editing an action item", () => {
  it("lets a coordinator correct every field, bumping the version and writing one audit event", async () => {
    const fixture = await createGroupFixture();
    const area = await testDb.cooperationArea.create({ data: { agreementId: fixture.agreement.id, number: 1, titleEn: "Talent" } });
    const item = await createActionItemRow(fixture);
    actAs(fixture.cnCoChair.user);
    expect((await getActionItemDetail(item.id))?.canEdit).toBe(true);

    const titleEn = unique("Briefing note on data flows");
    const result = await runAction(
      updateActionItem(undefined, {
        id: item.id,
        version: "1",
        titleEn,
        titleMs: "Nota taklimat",
        titleZh: "简报",
        descriptionEn: "With the annex.",
        descriptionMs: "Dengan lampiran.",
        descriptionZh: "附附件。",
        malaysiaOwnerId: fixture.mySecretariat.person.id,
        chinaOwnerId: fixture.cnMember.person.id,
        dueOn: "2030-06-30",
        priority: "HIGH",
        cooperationAreaId: area.id,
        milestoneId: "",
      }),
    );
    expect(result).toBe("redirected");
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      titleEn,
      titleMs: "Nota taklimat",
      titleZh: "简报",
      descriptionEn: "With the annex.",
      descriptionMs: "Dengan lampiran.",
      descriptionZh: "附附件。",
      malaysiaOwnerId: fixture.mySecretariat.person.id,
      chinaOwnerId: fixture.cnMember.person.id,
      ownerSide: "JOINT",
      dueOn: new Date("2030-06-30T00:00:00Z"),
      priority: "HIGH",
      cooperationAreaId: area.id,
      status: "OPEN",
      version: 2,
      updatedById: fixture.cnCoChair.user.id,
    });
    const events = await auditEvents(item.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "actionItem.update",
      actorId: fixture.cnCoChair.user.id,
      before: { titleEn: item.titleEn, ownerSide: "MALAYSIA", dueOn: "2030-01-01T00:00:00.000Z", version: 1 },
      after: { titleEn, ownerSide: "JOINT", dueOn: "2030-06-30T00:00:00.000Z", version: 2 },
    });
  });

  it("answers a plain member (even the item's owner), another group's co-chair and a manager as if it did not exist", async () => {
    const fixture = await createGroupFixture();
    const other = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    for (const user of [fixture.myMember.user, other.cnCoChair.user, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      expect(await updateActionItem(undefined, editOf(fixture, item))).toMatchObject({ status: "error", formError: "errors.notFound" });
      await expect(getActionItemForEdit(item.id)).resolves.toBeNull();
    }
    actAs(fixture.myMember.user);
    expect((await getActionItemDetail(item.id))?.canEdit).toBe(false);
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ titleEn: item.titleEn, version: 1 });
    expect(await auditEvents(item.id)).toEqual([]);
  });

  it("shows a stale version as a conflict and changes nothing", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    actAs(fixture.mySecretariat.user);
    const first = editOf(fixture, item, { titleEn: unique("First correction") });
    expect(await runAction(updateActionItem(undefined, first))).toBe("redirected");
    // A second coordinator who opened version 1 saves over it: refused, the first correction stays.
    actAs(fixture.cnCoChair.user);
    expect(await updateActionItem(undefined, editOf(fixture, item, { titleEn: unique("Late correction"), dueOn: "2031-01-01" }))).toEqual(
      expect.objectContaining({ status: "conflict", formError: "errors.conflict" }),
    );
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ titleEn: first.titleEn, dueOn: new Date("2030-03-15T00:00:00Z"), version: 2 });
    expect((await auditEvents(item.id)).map((event) => event.action)).toEqual(["actionItem.update"]);
  });

  it("refuses closed and cancelled items with a clear message", async () => {
    const fixture = await createGroupFixture();
    actAs(fixture.mySecretariat.user);
    for (const status of ["CLOSED", "CANCELLED"] as const) {
      const item = await createActionItemRow(fixture, { status });
      expect((await getActionItemDetail(item.id))?.canEdit).toBe(false);
      expect(await updateActionItem(undefined, editOf(fixture, item))).toMatchObject({ status: "error", formError: "actionItems.errors.notEditable" });
      expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ titleEn: item.titleEn, status, version: 1 });
      expect(await auditEvents(item.id)).toEqual([]);
    }
  });

  it("refuses owners who are not current members on their side, but keeps an owner who has since left", async () => {
    const fixture = await createGroupFixture();
    const other = await createGroupFixture();
    const item = await createActionItemRow(fixture);
    actAs(fixture.mySecretariat.user);
    const ownerNotOnSide = (field: string) => expect.objectContaining({ status: "error", fieldErrors: { [field]: ["actionItems.errors.ownerNotOnSide"] } });
    expect(await updateActionItem(undefined, editOf(fixture, item, { malaysiaOwnerId: other.myMember.person.id }))).toEqual(ownerNotOnSide("malaysiaOwnerId"));
    expect(await updateActionItem(undefined, editOf(fixture, item, { chinaOwnerId: fixture.myMember.person.id }))).toEqual(ownerNotOnSide("chinaOwnerId"));
    expect(await updateActionItem(undefined, editOf(fixture, item, { malaysiaOwnerId: "" }))).toMatchObject({ fieldErrors: { malaysiaOwnerId: ["actionItems.errors.ownerRequired"] } });
    expect(await updateActionItem(undefined, editOf(fixture, item, { status: "CLOSED" }))).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });

    // The Chinese member leaves the group: no longer offered as a new owner, when raising or editing.
    await testDb.workingGroupMember.update({ where: { id: fixture.cnMember.membership.id }, data: { endsOn: new Date("2025-01-01T00:00:00Z") } });
    expect(await updateActionItem(undefined, editOf(fixture, item, { chinaOwnerId: fixture.cnMember.person.id }))).toEqual(ownerNotOnSide("chinaOwnerId"));
    expect(
      await createActionItem(undefined, { workingGroupId: fixture.group.id, titleEn: unique("Raised"), chinaOwnerId: fixture.cnMember.person.id, dueOn: "2030-01-01", priority: "LOW" }),
    ).toEqual(ownerNotOnSide("chinaOwnerId"));
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ titleEn: item.titleEn, version: 1 });
    expect(await auditEvents(item.id)).toEqual([]);

    // An item they already own can still have its title corrected without reassigning it.
    const owned = await createActionItemRow(fixture, { malaysiaOwnerId: null, chinaOwnerId: fixture.cnMember.person.id });
    const titleEn = unique("Typo fixed");
    expect(await runAction(updateActionItem(undefined, editOf(fixture, owned, { titleEn, malaysiaOwnerId: "", chinaOwnerId: fixture.cnMember.person.id })))).toBe("redirected");
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: owned.id } })).toMatchObject({ titleEn, chinaOwnerId: fixture.cnMember.person.id, ownerSide: "CHINA", version: 2 });
  });

  it("gives the edit form the item and the group's choices", async () => {
    const fixture = await createGroupFixture();
    const item = await createActionItemRow(fixture, { status: "SUBMITTED" });
    actAs(fixture.mySecretariat.user);
    const loaded = await getActionItemForEdit(item.id);
    expect(loaded?.item).toMatchObject({ id: item.id, version: 1, titleEn: item.titleEn, malaysiaOwner: { id: fixture.myMember.person.id } });
    expect(loaded?.options.group.members.map((member) => member.personId)).toContain(fixture.cnMember.person.id);
  });

  it("keeps the owners of submitted work, so nobody reassigns their own submission and then accepts it", async () => {
    const fixture = await createGroupFixture();
    // The secretariat owns the item, so it may not review it.
    const item = await createActionItemRow(fixture, { malaysiaOwnerId: fixture.mySecretariat.person.id, status: "SUBMITTED" });
    actAs(fixture.mySecretariat.user);
    expect(await transitionActionItem(undefined, { id: item.id, version: "1", to: "ACCEPTED" })).toMatchObject({ formError: "actionItems.errors.notYourTransition" });

    const handOver = await updateActionItem(undefined, editOf(fixture, item, { malaysiaOwnerId: fixture.myMember.person.id }));
    expect(handOver).toMatchObject({ status: "error", fieldErrors: { malaysiaOwnerId: ["actionItems.errors.ownersFrozenInReview"] } });
    expect(await testDb.actionItem.findUniqueOrThrow({ where: { id: item.id }, select: { malaysiaOwnerId: true, status: true, version: true } })).toEqual({
      malaysiaOwnerId: fixture.mySecretariat.person.id,
      status: "SUBMITTED",
      version: 1,
    });
    // Other corrections to submitted work are still possible.
    expect(await runAction(updateActionItem(undefined, editOf(fixture, item, { malaysiaOwnerId: fixture.mySecretariat.person.id })))).toBe("redirected");
  });
});
