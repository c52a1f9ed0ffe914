import { describe, expect, it } from "vitest";
import { getWorkingGroupDetail, listWorkingGroups } from "@/lib/data/working-groups";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";

async function groupWithMember() {
  const organisation = await createOrganisation();
  const agreement = await testDb.agreement.create({ data: { type: "MOU", titleEn: unique("Agreement") } });
  const person = await testDb.person.create({ data: { name: unique("Member"), organisationId: organisation.id, side: "MALAYSIA" } });
  const group = await testDb.workingGroup.create({
    data: {
      agreementId: agreement.id,
      nameEn: unique("Group"),
      members: { create: { personId: person.id, organisationId: organisation.id, side: "MALAYSIA", role: "SECRETARIAT" } },
    },
  });
  return { group, person, organisation };
}

describe("who sees a working group", () => {
  it("shows a member their own group and hides the others", async () => {
    const mine = await groupWithMember();
    const other = await groupWithMember();
    const member = await createUser({ role: "WG_MEMBER", personId: mine.person.id });
    actAs(member);
    const visible = (await listWorkingGroups()).map((group) => group.id);
    expect(visible).toContain(mine.group.id);
    expect(visible).not.toContain(other.group.id);
    await expect(getWorkingGroupDetail(mine.group.id)).resolves.toMatchObject({ id: mine.group.id });
    // Guessing another group's id answers as if it did not exist.
    await expect(getWorkingGroupDetail(other.group.id)).resolves.toBeNull();
  });

  it("lets managers and administrators read every group", async () => {
    const { group } = await groupWithMember();
    for (const role of ["MANAGER", "ADMIN"] as const) {
      actAs(await createUser({ role }));
      expect((await listWorkingGroups()).map((row) => row.id)).toContain(group.id);
      await expect(getWorkingGroupDetail(group.id)).resolves.not.toBeNull();
    }
  });

  it("shows an officer who is not a member nothing", async () => {
    const { group, organisation } = await groupWithMember();
    actAs(await createUser({ role: "OFFICER", organisationId: organisation.id }));
    expect((await listWorkingGroups()).map((row) => row.id)).not.toContain(group.id);
    await expect(getWorkingGroupDetail(group.id)).resolves.toBeNull();
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    await expect(listWorkingGroups()).rejects.toThrow("Not signed in");
  });
});
