import { describe, expect, it } from "vitest";
import { getAgreementDetail, listAgreements } from "@/lib/data/agreements";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";

describe("reading agreements", () => {
  it("shows every role the agreement with its parties, and says who may edit it", async () => {
    const malaysian = await createOrganisation({ side: "MALAYSIA" });
    const chinese = await createOrganisation({ side: "CHINA" });
    const agreement = await testDb.agreement.create({
      data: {
        type: "MOU",
        titleEn: unique("Agreement"),
        parties: { create: [{ organisationId: malaysian.id, side: "MALAYSIA", order: 0 }, { organisationId: chinese.id, side: "CHINA", order: 1 }] },
        areas: { create: [{ number: 1, titleEn: "Talent development", clauseTextEn: "talent development" }] },
      },
    });
    const officerOfParty = await createUser({ role: "OFFICER", organisationId: malaysian.id });
    const officerElsewhere = await createUser({ role: "OFFICER", organisationId: (await createOrganisation()).id });

    actAs(officerOfParty);
    const detail = await getAgreementDetail(agreement.id);
    expect(detail?.parties.map((party) => party.side)).toEqual(["MALAYSIA", "CHINA"]);
    expect(detail?.areas).toHaveLength(1);
    expect(detail?.canEdit).toBe(true);
    expect((await listAgreements()).rows.map((row) => row.id)).toContain(agreement.id);

    actAs(officerElsewhere);
    expect((await getAgreementDetail(agreement.id))?.canEdit).toBe(false);

    actAs(await createUser({ role: "MANAGER" }));
    expect((await getAgreementDetail(agreement.id))?.canEdit).toBe(false);
  });

  it("says which of its working groups the reader may open, and who may set one up", async () => {
    const malaysian = await createOrganisation({ side: "MALAYSIA" });
    const chinese = await createOrganisation({ side: "CHINA" });
    const agreement = await testDb.agreement.create({
      data: { type: "MOU", titleEn: unique("Agreement"), parties: { create: [{ organisationId: malaysian.id, side: "MALAYSIA" }, { organisationId: chinese.id, side: "CHINA" }] } },
    });
    const theirs = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: unique("Group with the member") } });
    const other = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: unique("Group without") } });
    const person = await testDb.person.create({ data: { name: unique("Member"), organisationId: malaysian.id, side: "MALAYSIA" } });
    await testDb.workingGroupMember.create({ data: { workingGroupId: theirs.id, personId: person.id, organisationId: malaysian.id, side: "MALAYSIA", role: "MEMBER" } });
    const openable = async () => Object.fromEntries(((await getAgreementDetail(agreement.id))?.workingGroups ?? []).map((group) => [group.id, group.canOpen]));

    actAs(await createUser({ role: "WG_MEMBER", organisationId: malaysian.id, personId: person.id }));
    expect(await openable()).toEqual({ [theirs.id]: true, [other.id]: false });
    expect((await getAgreementDetail(agreement.id))?.canSetUpWorkingGroup).toBe(false);

    actAs(await createUser({ role: "OFFICER", organisationId: chinese.id }));
    expect(await openable()).toEqual({ [theirs.id]: true, [other.id]: true });
    expect((await getAgreementDetail(agreement.id))?.canSetUpWorkingGroup).toBe(true);

    actAs(await createUser({ role: "MANAGER" }));
    expect(await openable()).toEqual({ [theirs.id]: true, [other.id]: true });
    expect((await getAgreementDetail(agreement.id))?.canSetUpWorkingGroup).toBe(false);
  });

  it("answers null for an unknown id and refuses anonymous callers", async () => {
    actAs(await createUser({ role: "MANAGER" }));
    await expect(getAgreementDetail("missing")).resolves.toBeNull();
    actAs(null);
    await expect(listAgreements()).rejects.toThrow("Not signed in");
  });
});
