// Public pages: only administrators publish (audited, version-checked), drafts and archived
// agreements are refused, and anonymous readers get published agreements only, with public
// fields only: no unpublished agreement, no draft data (narratives, blockers, descriptions,
// clause texts), no names of people not marked public. Also security.txt's configured contact.
import { describe, expect, it } from "vitest";
import { publishAgreement, updateOpenSettings } from "@/lib/actions/open-data";
import { getPublishedAgreement, listPublishedAgreements } from "@/lib/public/agreements";
import { GET as securityTxt } from "@/app/security.txt/route";
import { actAs } from "../helpers/request";
import { createUser, testDb, unique } from "../helpers/factories";
import { createAgreementWithArea, createMilestone } from "../helpers/milestone-factories";

async function publishable() {
  const setting = await createAgreementWithArea();
  const { agreement, area, malaysia, china, officerMy } = setting;
  const staff = await testDb.person.create({ data: { name: unique("Staff Officer"), nameZh: "内部职员", organisationId: malaysia.id, side: "MALAYSIA" } });
  const minister = await testDb.person.create({ data: { name: unique("Public Minister"), organisationId: china.id, side: "CHINA", isPublic: true } });
  await testDb.signatory.create({ data: { agreementId: agreement.id, personId: staff.id, organisationId: malaysia.id, side: "MALAYSIA", titleEn: "Deputy Secretary" } });
  await testDb.signatory.create({ data: { agreementId: agreement.id, personId: minister.id, organisationId: china.id, side: "CHINA" } });
  const milestone = await createMilestone({ agreementId: agreement.id, areaId: area.id, ownerOrganisationId: malaysia.id, weight: 3 });
  await testDb.milestone.update({ where: { id: milestone.id }, data: { percentComplete: 40, descriptionEn: "INTERNAL-DESCRIPTION" } });
  await testDb.progressUpdate.create({
    data: { milestoneId: milestone.id, reportedOn: new Date("2026-01-10T00:00:00Z"), percentComplete: 40, status: "AT_RISK", narrative: "INTERNAL-NARRATIVE", blockers: "INTERNAL-BLOCKER", authorId: officerMy.id },
  });
  return { ...setting, staff, minister };
}

describe("publishing an agreement's public page", () => {
  it("lets an administrator publish and take down, audited, and refuses everyone else", async () => {
    const { agreement } = await publishable();
    for (const role of ["MANAGER", "OFFICER", "WG_MEMBER"] as const) {
      actAs(await createUser({ role }));
      const refused = await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" });
      expect(refused).toMatchObject({ status: "error", formError: "errors.notFound" });
    }
    actAs(null);
    expect(await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" })).toMatchObject({ status: "error", formError: "errors.unauthenticated" });
    expect(await getPublishedAgreement(agreement.id)).toBeNull();

    const admin = await createUser({ role: "ADMIN" });
    actAs(admin);
    expect(await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" })).toMatchObject({ status: "success", saved: "agreementPublished" });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: agreement.id, action: "agreement.publish" } });
    expect(audit.actorId).toBe(admin.id);
    // A second press with the version seen before is stale, not a second publication.
    expect((await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" })).status).toBe("conflict");

    actAs(null);
    expect((await listPublishedAgreements()).map((row) => row.id)).toContain(agreement.id);
    expect(await getPublishedAgreement(agreement.id)).not.toBeNull();

    actAs(admin);
    expect(await publishAgreement(undefined, { id: agreement.id, version: "2", published: "false" })).toMatchObject({ status: "success", saved: "agreementUnpublished" });
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id, action: "agreement.unpublish" } })).toBe(1);
    actAs(null);
    expect(await getPublishedAgreement(agreement.id)).toBeNull();
    expect((await listPublishedAgreements()).map((row) => row.id)).not.toContain(agreement.id);
  });

  it("refuses to publish a draft or an archived agreement, writing nothing", async () => {
    const { agreement } = await publishable();
    actAs(await createUser({ role: "ADMIN" }));
    await testDb.agreement.update({ where: { id: agreement.id }, data: { status: "DRAFT" } });
    expect(await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" })).toMatchObject({ status: "error", formError: "publicPages.refusedDraft" });
    await testDb.agreement.update({ where: { id: agreement.id }, data: { status: "SIGNED", archivedAt: new Date() } });
    expect(await publishAgreement(undefined, { id: agreement.id, version: "1", published: "true" })).toMatchObject({ status: "error", formError: "publicPages.refusedArchived" });
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id, action: "agreement.publish" } })).toBe(0);
    expect((await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).publishedAt).toBeNull();
  });
});

describe("what anonymous readers get", () => {
  it("shows public fields only: progress by area, public names, no draft data or staff names", async () => {
    const { agreement, staff, minister } = await publishable();
    await testDb.agreement.update({ where: { id: agreement.id }, data: { publishedAt: new Date(), titleZh: "数字经济合作谅解备忘录" } });
    const other = await createAgreementWithArea();

    actAs(null);
    const page = await getPublishedAgreement(agreement.id);
    expect(page?.titleZh).toBe("数字经济合作谅解备忘录");
    expect(page?.areas).toEqual([expect.objectContaining({ number: 1, milestones: 1, percent: 40 })]);
    const names = page?.signatories.map((signatory) => signatory.person?.name ?? null);
    expect(names).toEqual(expect.arrayContaining([minister.name, null]));

    const everything = JSON.stringify(page);
    for (const secret of [staff.name, "内部职员", "INTERNAL-NARRATIVE", "INTERNAL-BLOCKER", "INTERNAL-DESCRIPTION", "Policy coordination and regulatory alignment.", "version", "isExample", "email"]) {
      expect(everything).not.toContain(secret);
    }
    // An unpublished agreement does not exist for the public, in the index or by its id.
    expect(await getPublishedAgreement(other.agreement.id)).toBeNull();
    expect(JSON.stringify(await listPublishedAgreements())).not.toContain(other.agreement.id);

    // Archiving or returning to draft takes a published agreement out of public view at once.
    await testDb.agreement.update({ where: { id: agreement.id }, data: { archivedAt: new Date() } });
    expect(await getPublishedAgreement(agreement.id)).toBeNull();
    await testDb.agreement.update({ where: { id: agreement.id }, data: { archivedAt: null, status: "DRAFT" } });
    expect(await getPublishedAgreement(agreement.id)).toBeNull();
  });

  it("serves security.txt with the contact an administrator set", async () => {
    actAs(await createUser({ role: "ADMIN" }));
    expect(await updateOpenSettings(undefined, { iatiOrganisationPrefix: "MY-GOV-KD", iatiReportingOrganisationName: "Ministry of Digital", securityContact: "https://digital.gov.my/report" })).toMatchObject({ status: "success" });
    actAs(null);
    const response = await securityTxt();
    const text = await response.text();
    expect(text).toContain("Contact: https://digital.gov.my/report\n");
    const expires = new Date(/Expires: (\S+)/.exec(text)?.[1] ?? "");
    expect(expires.getTime()).toBeGreaterThan(Date.now());
  });
});
