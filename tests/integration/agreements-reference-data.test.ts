import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation as createOrganisationAction, deleteOrganisation, updateOrganisation } from "@/lib/actions/organisations";
import { createPerson as createPersonAction, updatePerson } from "@/lib/actions/people";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord, expectRedirect } from "../helpers/agreement-factories";

let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});

const organisationForm = (overrides: Record<string, unknown> = {}) => ({ nameEn: unique("Ministry"), nameMs: "Kementerian", nameZh: "部", acronym: "MOSTI", country: "my", side: "MALAYSIA", kind: "MINISTRY", ...overrides });

describe("organisations", () => {
  it("are created and edited by administrators, audited, with the country upper-cased", async () => {
    actAs(admin);
    const input = organisationForm();
    await expectRedirect(createOrganisationAction(undefined, input));
    const created = await testDb.organisation.findUniqueOrThrow({ where: { nameEn: input.nameEn } });
    expect(created).toMatchObject({ country: "MY", side: "MALAYSIA", nameZh: "部" });
    await expectRedirect(updateOrganisation(undefined, { ...organisationForm({ nameEn: input.nameEn, country: "CN", side: "CHINA" }), id: created.id, version: "1", isRetired: "false" }));
    expect(await testDb.organisation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ country: "CN", side: "CHINA", version: 2 });
    expect(await testDb.auditEvent.count({ where: { entityId: created.id } })).toBe(2);
  });

  it("refuses other roles, bad countries, duplicates, unknown fields and stale versions", async () => {
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) {
      actAs(await createUser({ role }));
      expect(await createOrganisationAction(undefined, organisationForm())).toMatchObject({ formError: "errors.notFound" });
    }
    actAs(admin);
    expect(await createOrganisationAction(undefined, organisationForm({ country: "Malaysia" }))).toMatchObject({ fieldErrors: { country: ["organisations.errors.country"] } });
    const existing = await createOrganisation();
    expect(await createOrganisationAction(undefined, organisationForm({ nameEn: existing.nameEn }))).toMatchObject({ fieldErrors: { nameEn: ["errors.alreadyExists"] } });
    expect(await createOrganisationAction(undefined, organisationForm({ isExample: "true" }))).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });
    expect(await updateOrganisation(undefined, { ...organisationForm(), id: existing.id, version: "5", isRetired: "false" })).toMatchObject({ status: "conflict" });
  });

  it("can be deleted only while unused; in use, they can only be retired", async () => {
    actAs(admin);
    const unused = await createOrganisation();
    const used = await createOrganisation();
    await createAgreementRecord({ partyIds: { malaysia: used.id, china: (await createOrganisation({ side: "CHINA" })).id } });
    expect(await deleteOrganisation(undefined, { id: used.id, version: "1" })).toMatchObject({ formError: "organisations.errors.inUse" });
    expect(await testDb.organisation.count({ where: { id: used.id } })).toBe(1);
    await expectRedirect(updateOrganisation(undefined, { ...organisationForm({ nameEn: used.nameEn }), id: used.id, version: "1", isRetired: "true" }));
    expect((await testDb.organisation.findUniqueOrThrow({ where: { id: used.id } })).isRetired).toBe(true);

    expect(await deleteOrganisation(undefined, { id: unused.id, version: "9" })).toMatchObject({ status: "conflict" });
    await expectRedirect(deleteOrganisation(undefined, { id: unused.id, version: "1" }));
    expect(await testDb.organisation.count({ where: { id: unused.id } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { entityId: unused.id, action: "organisation.delete" } })).toBe(1);

    actAs(await createUser({ role: "MANAGER" }));
    const another = await createOrganisation();
    expect(await deleteOrganisation(undefined, { id: another.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
  });
});

describe("people", () => {
  it("are created and edited by administrators, taking their organisation's side", async () => {
    const organisation = await createOrganisation({ side: "CHINA" });
    actAs(admin);
    const name = unique("Zheng Shanjie");
    await expectRedirect(createPersonAction(undefined, { name, titleEn: "Chairman", titleMs: "Pengerusi", titleZh: "主任", organisationId: organisation.id, side: "", email: "" }));
    const person = await testDb.person.findFirstOrThrow({ where: { name } });
    expect(person).toMatchObject({ side: "CHINA", titleZh: "主任", organisationId: organisation.id });
    await expectRedirect(updatePerson(undefined, { id: person.id, version: "1", name, titleEn: "Former chairman", organisationId: "", side: "CHINA", isRetired: "true" }));
    expect(await testDb.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ titleEn: "Former chairman", organisationId: null, isRetired: true, version: 2 });
  });

  it("refuses other roles, a side that contradicts the organisation, bad emails and stale versions", async () => {
    const organisation = await createOrganisation({ side: "MALAYSIA" });
    actAs(await createUser({ role: "OFFICER", organisationId: organisation.id }));
    expect(await createPersonAction(undefined, { name: "X" })).toMatchObject({ formError: "errors.notFound" });
    actAs(admin);
    expect(await createPersonAction(undefined, { name: "X", organisationId: organisation.id, side: "CHINA" })).toMatchObject({ fieldErrors: { side: ["people.errors.sideMismatch"] } });
    expect(await createPersonAction(undefined, { name: "X", email: "not-an-email" })).toMatchObject({ fieldErrors: { email: ["errors.invalidEmail"] } });
    const person = await testDb.person.create({ data: { name: unique("P") } });
    expect(await updatePerson(undefined, { id: person.id, version: "2", name: "Y", isRetired: "false" })).toMatchObject({ status: "conflict" });
  });
});
