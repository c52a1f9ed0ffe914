import { describe, expect, it } from "vitest";
import {
  addWorkingGroupMember,
  createWorkingGroup,
  removeWorkingGroupMember,
  setWorkingGroupCounterpart,
  updateWorkingGroup,
  updateWorkingGroupMember,
} from "@/lib/actions/working-groups";
import { GET as exportActionItems } from "@/app/(app)/action-items/export/route";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createActionItemRow, createGroupFixture, runAction } from "../helpers/groups-factories";

describe("setting up a working group", () => {
  it("lets an administrator and an officer of a party create a group; refuses others", async () => {
    const fixture = await createGroupFixture();
    const officer = await createUser({ role: "OFFICER", organisationId: fixture.myOrganisation.id });
    for (const user of [await createUser({ role: "ADMIN" }), officer]) {
      actAs(user);
      const nameEn = unique("Group");
      expect(await runAction(createWorkingGroup(undefined, { agreementId: fixture.agreement.id, nameEn, nameZh: "工作组", establishedOn: "2026-01-05" }))).toBe("redirected");
      const group = await testDb.workingGroup.findFirstOrThrow({ where: { nameEn } });
      expect(group.establishedOn?.toISOString()).toBe("2026-01-05T00:00:00.000Z");
      expect((await testDb.auditEvent.findFirstOrThrow({ where: { entityId: group.id } })).action).toBe("workingGroup.create");
    }
    const strangerOrganisation = await createOrganisation();
    for (const user of [await createUser({ role: "OFFICER", organisationId: strangerOrganisation.id }), fixture.mySecretariat.user, await createUser({ role: "MANAGER" })]) {
      actAs(user);
      const nameEn = unique("Refused");
      expect(await createWorkingGroup(undefined, { agreementId: fixture.agreement.id, nameEn })).toMatchObject({ formError: "errors.notFound" });
      expect(await testDb.workingGroup.count({ where: { nameEn } })).toBe(0);
    }
  });

  it("edits a group with its version; a stale version is a conflict", async () => {
    const fixture = await createGroupFixture();
    actAs(await createUser({ role: "ADMIN" }));
    expect(await runAction(updateWorkingGroup(undefined, { id: fixture.group.id, version: "1", nameEn: "Renamed", termsOfReferenceEn: "Meet twice a year" }))).toBe("redirected");
    expect(await testDb.workingGroup.findUniqueOrThrow({ where: { id: fixture.group.id } })).toMatchObject({ nameEn: "Renamed", version: 2 });
    expect(await updateWorkingGroup(undefined, { id: fixture.group.id, version: "1", nameEn: "Lost" })).toMatchObject({ status: "conflict" });
    expect(await updateWorkingGroup(undefined, { id: fixture.group.id, version: "2", nameEn: "X", isExample: "true" })).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });
  });
});

describe("members and counterparts", () => {
  it("adds a member on the side of their organisation, edits and removes them, all audited", async () => {
    const fixture = await createGroupFixture();
    const person = await testDb.person.create({ data: { name: unique("New member"), organisationId: fixture.cnOrganisation.id } });
    actAs(await createUser({ role: "ADMIN" }));
    expect(await addWorkingGroupMember(undefined, { workingGroupId: fixture.group.id, personId: person.id, role: "MEMBER", startsOn: "2026-01-01" })).toMatchObject({ status: "success" });
    const membership = await testDb.workingGroupMember.findFirstOrThrow({ where: { personId: person.id } });
    expect(membership).toMatchObject({ side: "CHINA", organisationId: fixture.cnOrganisation.id, role: "MEMBER" });
    expect(await addWorkingGroupMember(undefined, { workingGroupId: fixture.group.id, personId: person.id, role: "MEMBER" })).toMatchObject({ formError: "errors.alreadyExists" });
    expect(await updateWorkingGroupMember(undefined, { id: membership.id, version: "1", role: "CO_CHAIR", startsOn: "2026-02-01", endsOn: "2026-01-01" })).toMatchObject({
      fieldErrors: { endsOn: ["workingGroups.errors.endsBeforeStart"] },
    });
    expect(await updateWorkingGroupMember(undefined, { id: membership.id, version: "1", role: "CO_CHAIR" })).toMatchObject({ status: "success" });
    expect(await removeWorkingGroupMember(undefined, { id: membership.id, version: "1", confirm: "yes" })).toMatchObject({ status: "conflict" });
    expect(await removeWorkingGroupMember(undefined, { id: membership.id, version: "2" })).toMatchObject({ fieldErrors: { confirm: ["errors.invalidChoice"] } });
    expect(await removeWorkingGroupMember(undefined, { id: membership.id, version: "2", confirm: "yes" })).toMatchObject({ status: "success" });
    expect(await testDb.workingGroupMember.count({ where: { id: membership.id } })).toBe(0);
    const actions = (await testDb.auditEvent.findMany({ where: { entityId: membership.id }, orderBy: { at: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["workingGroupMember.create", "workingGroupMember.update", "workingGroupMember.delete"]);
  });

  it("pairs counterparts across the sides only, replacing an earlier pair", async () => {
    const fixture = await createGroupFixture();
    actAs(await createUser({ role: "ADMIN" }));
    expect(await setWorkingGroupCounterpart(undefined, { memberId: fixture.mySecretariat.membership.id, counterpartMemberId: fixture.myMember.membership.id })).toMatchObject({
      fieldErrors: { counterpartMemberId: ["workingGroups.errors.counterpartSameSide"] },
    });
    expect(await setWorkingGroupCounterpart(undefined, { memberId: fixture.cnCoChair.membership.id, counterpartMemberId: fixture.mySecretariat.membership.id })).toMatchObject({ status: "success" });
    expect((await testDb.workingGroupMember.findUniqueOrThrow({ where: { id: fixture.mySecretariat.membership.id } })).counterpartId).toBe(fixture.cnCoChair.membership.id);
    expect(await setWorkingGroupCounterpart(undefined, { memberId: fixture.mySecretariat.membership.id, counterpartMemberId: fixture.cnMember.membership.id })).toMatchObject({ status: "success" });
    const pairs = await testDb.workingGroupMember.findMany({ where: { workingGroupId: fixture.group.id, counterpartId: { not: null } }, select: { id: true, counterpartId: true } });
    expect(pairs).toEqual([{ id: fixture.mySecretariat.membership.id, counterpartId: fixture.cnMember.membership.id }]);
    actAs(fixture.mySecretariat.user);
    expect(await setWorkingGroupCounterpart(undefined, { memberId: fixture.mySecretariat.membership.id, counterpartMemberId: "" })).toMatchObject({ formError: "errors.notFound" });
  });
});

describe("exporting the action-item list", () => {
  it("exports the filtered list the user may see as CSV and XLSX; 401 without a session", async () => {
    const fixture = await createGroupFixture();
    const outsider = await createGroupFixture();
    const mine = await createActionItemRow(fixture, { dueOn: new Date("2020-01-01T00:00:00Z") });
    const hidden = await createActionItemRow(outsider);
    actAs(fixture.myMember.user);
    const csv = await (await exportActionItems(new Request("http://localhost/action-items/export?format=csv&scope=all&status=any"))).text();
    expect(csv).toContain(mine.titleEn);
    expect(csv).not.toContain(hidden.titleEn);
    expect(csv.split("\r\n")[1]).toContain("Overdue");
    const xlsx = await exportActionItems(new Request("http://localhost/action-items/export?format=xlsx"));
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
    actAs(null);
    expect((await exportActionItems(new Request("http://localhost/action-items/export"))).status).toBe(401);
  });
});
