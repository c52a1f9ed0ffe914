// Authentic texts: language texts with documents and clauses, the sides' sign-offs of a
// translation (lost, audited, when the text changes), the prevailing text, area ↔ clause links,
// and the reader's alignment. Each action: allowed, refused, and stale versions.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addAgreementClause,
  addAgreementText,
  linkAreaToClause,
  removeAgreementClause,
  removeAgreementText,
  setPrevailingText,
  signOffAgreementText,
  updateAgreementClause,
  updateAgreementText,
} from "@/lib/actions/agreement-texts";
import { getAgreementTexts } from "@/lib/data/agreement-texts";
import { removeAgreementDocument } from "@/lib/actions/agreement-documents";
import { getAgreementHistory } from "@/lib/data/agreement-history";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting } from "../helpers/agreement-factories";

process.env.FILE_STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "mou-texts-"));

let setting: Awaited<ReturnType<typeof createBilateralSetting>>;
let officerCn: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  setting = await createBilateralSetting();
  officerCn = await createUser({ role: "OFFICER", organisationId: setting.china.id });
});

const pdf = () => new File([Buffer.from("%PDF-1.4\n% the Chinese text\n%%EOF\n")], "mou-zh.pdf", { type: "application/pdf" });
const freshAgreement = (areaTitles: string[] = []) => createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, areaTitles });
const textOf = (agreementId: string, language: "en" | "ms" | "zh") => testDb.agreementText.findUniqueOrThrow({ where: { agreementId_language: { agreementId, language } } });

async function agreementWithTranslation() {
  const agreement = await freshAgreement(["Talent development"]);
  const [text] = await Promise.all([
    testDb.agreementText.create({ data: { agreementId: agreement.id, language: "ms", standing: "TRANSLATION", clauses: { create: [{ number: "1", body: "Pihak-Pihak hendaklah bekerjasama." }] } } }),
    testDb.agreementText.create({ data: { agreementId: agreement.id, language: "en", standing: "AUTHENTIC", clauses: { create: [{ number: "1", body: "The Parties shall cooperate." }, { number: "2", body: "Talent." }] } } }),
  ]);
  return { agreement, text };
}

describe("language texts", () => {
  it("adds a text with its document (listed among the agreement's documents), audited", async () => {
    const agreement = await freshAgreement();
    actAs(setting.officerMy);
    expect(await addAgreementText(undefined, { agreementId: agreement.id, language: "zh", standing: "AUTHENTIC", file: pdf() })).toMatchObject({ status: "success" });
    const text = await textOf(agreement.id, "zh");
    expect(text).toMatchObject({ standing: "AUTHENTIC", version: 1 });
    const document = await testDb.agreementDocument.findUniqueOrThrow({ where: { id: text.documentId ?? "" }, include: { file: true } });
    expect(document).toMatchObject({ agreementId: agreement.id, file: { fileName: "mou-zh.pdf" } });
    expect(await testDb.auditEvent.count({ where: { entityId: text.id, action: "agreementText.add" } })).toBe(1);
    // One text per language.
    expect(await addAgreementText(undefined, { agreementId: agreement.id, language: "zh", standing: "TRANSLATION" })).toMatchObject({ status: "error", formError: "errors.alreadyExists" });
  });

  it("refuses officers of no party, managers, members, unknown fields and unknown languages", async () => {
    const agreement = await freshAgreement();
    for (const user of [setting.officerElsewhere, await createUser({ role: "MANAGER" }), await createUser({ role: "WG_MEMBER" })]) {
      actAs(user);
      expect(await addAgreementText(undefined, { agreementId: agreement.id, language: "en", standing: "AUTHENTIC" })).toMatchObject({ status: "error", formError: "errors.notFound" });
    }
    actAs(setting.officerMy);
    expect(await addAgreementText(undefined, { agreementId: agreement.id, language: "fr", standing: "AUTHENTIC" })).toMatchObject({ fieldErrors: { language: ["errors.invalidChoice"] } });
    expect(await addAgreementText(undefined, { agreementId: agreement.id, language: "en", standing: "AUTHENTIC", extra: "x" })).toMatchObject({ formError: "errors.invalidInput" });
    expect(await testDb.agreementText.count({ where: { agreementId: agreement.id } })).toBe(0);
  });

  it("updates the standing with the current version; a stale one is a conflict", async () => {
    const { text } = await agreementWithTranslation();
    actAs(setting.officerMy);
    expect(await updateAgreementText(undefined, { id: text.id, version: "1", standing: "AUTHENTIC" })).toMatchObject({ status: "success" });
    expect(await updateAgreementText(undefined, { id: text.id, version: "1", standing: "TRANSLATION" })).toMatchObject({ status: "conflict" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ standing: "AUTHENTIC", version: 2 });
    actAs(setting.officerElsewhere);
    expect(await updateAgreementText(undefined, { id: text.id, version: "2", standing: "TRANSLATION" })).toMatchObject({ formError: "errors.notFound" });
  });

  it("removes a text with its clauses (the prevailing choice goes with it); stale or foreign callers are refused", async () => {
    const { agreement } = await agreementWithTranslation();
    const english = await textOf(agreement.id, "en");
    await testDb.agreement.update({ where: { id: agreement.id }, data: { prevailingLanguage: "en" } });
    actAs(setting.officerElsewhere);
    expect(await removeAgreementText(undefined, { id: english.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
    actAs(officerCn);
    expect(await removeAgreementText(undefined, { id: english.id, version: "2" })).toMatchObject({ status: "conflict" });
    expect(await removeAgreementText(undefined, { id: english.id, version: "1" })).toMatchObject({ status: "success" });
    expect(await testDb.agreementClause.count({ where: { textId: english.id } })).toBe(0);
    expect(await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ prevailingLanguage: null });
    expect(await testDb.auditEvent.count({ where: { entityId: english.id, action: "agreementText.remove" } })).toBe(1);
  });
});

describe("sign-off of a translation", () => {
  it("each country signs off for itself only, with the version it saw", async () => {
    const { text } = await agreementWithTranslation();
    actAs(setting.officerMy);
    expect(await signOffAgreementText(undefined, { id: text.id, version: "1", side: "CHINA" })).toMatchObject({ formError: "errors.notFound" });
    expect(await signOffAgreementText(undefined, { id: text.id, version: "1", side: "MALAYSIA" })).toMatchObject({ status: "success" });
    expect(await signOffAgreementText(undefined, { id: text.id, version: "2", side: "MALAYSIA" })).toMatchObject({ formError: "agreementTexts.errors.alreadySignedOff" });
    actAs(officerCn);
    expect(await signOffAgreementText(undefined, { id: text.id, version: "1", side: "CHINA" })).toMatchObject({ status: "conflict" });
    expect(await signOffAgreementText(undefined, { id: text.id, version: "2", side: "CHINA" })).toMatchObject({ status: "success" });
    const after = await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } });
    expect(after).toMatchObject({ malaysiaSignedOffById: setting.officerMy.id, chinaSignedOffById: officerCn.id, version: 3 });
    expect(await testDb.auditEvent.count({ where: { entityId: text.id, action: "agreementText.signOff" } })).toBe(2);
  });

  it("refuses administrators and managers (they speak for neither country) and authentic texts", async () => {
    const { agreement, text } = await agreementWithTranslation();
    for (const user of [setting.admin, await createUser({ role: "MANAGER", organisationId: setting.malaysia.id })]) {
      actAs(user);
      expect(await signOffAgreementText(undefined, { id: text.id, version: "1", side: "MALAYSIA" })).toMatchObject({ formError: "errors.notFound" });
    }
    actAs(setting.officerMy);
    const english = await textOf(agreement.id, "en");
    expect(await signOffAgreementText(undefined, { id: english.id, version: "1", side: "MALAYSIA" })).toMatchObject({ formError: "agreementTexts.errors.authenticNotSignedOff" });
  });

  it("is lost when a clause changes, and the loss is audited and shown in the agreement's history", async () => {
    const { agreement, text } = await agreementWithTranslation();
    await testDb.agreementText.update({ where: { id: text.id }, data: { malaysiaSignedOffAt: new Date(), malaysiaSignedOffById: setting.officerMy.id, chinaSignedOffAt: new Date(), chinaSignedOffById: officerCn.id } });
    const clause = await testDb.agreementClause.findFirstOrThrow({ where: { textId: text.id } });
    actAs(setting.officerMy);
    // Saving the clause unchanged keeps the sign-offs.
    expect(await updateAgreementClause(undefined, { id: clause.id, version: "1", number: "1", heading: "", body: clause.body })).toMatchObject({ status: "success" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ malaysiaSignedOffById: setting.officerMy.id });
    expect(await updateAgreementClause(undefined, { id: clause.id, version: "2", number: "1", heading: "Kerjasama", body: "Pihak-Pihak hendaklah terus bekerjasama." })).toMatchObject({ status: "success" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ malaysiaSignedOffAt: null, chinaSignedOffAt: null, malaysiaSignedOffById: null });
    const loss = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: text.id, action: "agreementText.signOffLost" } });
    expect(loss.before).toMatchObject({ language: "ms" });
    expect(loss.after).toMatchObject({ malaysiaSignedOffAt: null, chinaSignedOffAt: null });
    const { rows } = await getAgreementHistory(agreement.id);
    expect(rows.map((row) => row.action)).toEqual(expect.arrayContaining(["agreementText.signOffLost", "agreementClause.update"]));
  });

  it("is lost when the standing or the document changes", async () => {
    const { text } = await agreementWithTranslation();
    await testDb.agreementText.update({ where: { id: text.id }, data: { chinaSignedOffAt: new Date(), chinaSignedOffById: officerCn.id } });
    actAs(setting.officerMy);
    expect(await updateAgreementText(undefined, { id: text.id, version: "1", standing: "TRANSLATION" })).toMatchObject({ status: "success" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ chinaSignedOffById: officerCn.id });
    expect(await updateAgreementText(undefined, { id: text.id, version: "2", standing: "TRANSLATION", file: pdf() })).toMatchObject({ status: "success" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ chinaSignedOffById: null, version: 3 });
    expect(await testDb.auditEvent.count({ where: { entityId: text.id, action: "agreementText.signOffLost" } })).toBe(1);
  });
});

describe("a text's document removed from the agreement's documents", () => {
  it("leaves the text without a document and without its sign-offs, audited", async () => {
    const { agreement, text } = await agreementWithTranslation();
    const document = await testDb.agreementDocument.create({ data: { agreementId: agreement.id, title: "Terjemahan", url: "https://www.digital.gov.my/mou-ms.pdf" } });
    await testDb.agreementText.update({ where: { id: text.id }, data: { documentId: document.id, malaysiaSignedOffAt: new Date(), malaysiaSignedOffById: setting.officerMy.id } });
    actAs(officerCn);
    expect(await removeAgreementDocument(undefined, { id: document.id })).toMatchObject({ status: "success" });
    expect(await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).toMatchObject({ documentId: null, malaysiaSignedOffAt: null, version: 2 });
    expect(await testDb.auditEvent.count({ where: { entityId: text.id, action: "agreementText.signOffLost" } })).toBe(1);
  });
});

describe("clauses", () => {
  it("adds, edits and removes clauses with versions; a duplicate number is refused", async () => {
    const { text } = await agreementWithTranslation();
    actAs(officerCn);
    expect(await addAgreementClause(undefined, { textId: text.id, number: "2", heading: "Bakat", body: "Pembangunan bakat." })).toMatchObject({ status: "success" });
    expect(await addAgreementClause(undefined, { textId: text.id, number: "2", body: "Again." })).toMatchObject({ formError: "errors.alreadyExists" });
    expect(await addAgreementClause(undefined, { textId: text.id, number: "two!", body: "Bad." })).toMatchObject({ fieldErrors: { number: ["agreementTexts.errors.clauseNumber"] } });
    const clause = await testDb.agreementClause.findFirstOrThrow({ where: { textId: text.id, number: "2" } });
    expect(await updateAgreementClause(undefined, { id: clause.id, version: "2", number: "2", body: "Stale." })).toMatchObject({ status: "conflict" });
    expect(await removeAgreementClause(undefined, { id: clause.id, version: "2" })).toMatchObject({ status: "conflict" });
    actAs(setting.officerElsewhere);
    expect(await removeAgreementClause(undefined, { id: clause.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
    actAs(officerCn);
    expect(await removeAgreementClause(undefined, { id: clause.id, version: "1" })).toMatchObject({ status: "success" });
    expect(await testDb.auditEvent.findMany({ where: { entityId: clause.id }, select: { action: true }, orderBy: { at: "asc" } })).toEqual([
      { action: "agreementClause.add" },
      { action: "agreementClause.remove" },
    ]);
    // Each clause change gave the text a new version: a sign-off form showing the old text is stale.
    expect((await testDb.agreementText.findUniqueOrThrow({ where: { id: text.id } })).version).toBe(3);
  });

  it("the reader aligns the languages by clause number, missing clauses included, with linked areas", async () => {
    const { agreement } = await agreementWithTranslation();
    const [area] = agreement.areas;
    if (!area) throw new Error("no area");
    actAs(setting.officerMy);
    expect(await linkAreaToClause(undefined, { id: area.id, version: "1", clauseNumber: "2" })).toMatchObject({ status: "success" });
    actAs(await createUser({ role: "WG_MEMBER" }));
    const texts = await getAgreementTexts(agreement.id);
    expect(texts?.rows.map((row) => [row.number, Object.keys(row.byLanguage).sort()])).toEqual([
      ["1", ["en", "ms"]],
      ["2", ["en"]],
    ]);
    expect(texts?.areas[0]).toMatchObject({ textClauseNumber: "2" });
    expect(texts?.canEdit).toBe(false);
  });
});

describe("prevailing text and area links", () => {
  it("sets the prevailing text among the authentic ones, with the agreement's version", async () => {
    const { agreement } = await agreementWithTranslation();
    actAs(setting.officerMy);
    expect(await setPrevailingText(undefined, { agreementId: agreement.id, version: "1", language: "ms" })).toMatchObject({ fieldErrors: { language: ["agreementTexts.errors.prevailingNotAuthentic"] } });
    expect(await setPrevailingText(undefined, { agreementId: agreement.id, version: "1", language: "en" })).toMatchObject({ status: "success" });
    expect(await setPrevailingText(undefined, { agreementId: agreement.id, version: "1", language: "" })).toMatchObject({ status: "conflict" });
    expect(await testDb.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ prevailingLanguage: "en", version: 2 });
    expect(await testDb.auditEvent.count({ where: { entityId: agreement.id, action: "agreement.prevailingText" } })).toBe(1);
    actAs(await createUser({ role: "MANAGER" }));
    expect(await setPrevailingText(undefined, { agreementId: agreement.id, version: "2", language: "" })).toMatchObject({ formError: "errors.notFound" });
  });

  it("links an area to an existing clause only, with the area's version", async () => {
    const { agreement } = await agreementWithTranslation();
    const [area] = agreement.areas;
    if (!area) throw new Error("no area");
    actAs(officerCn);
    expect(await linkAreaToClause(undefined, { id: area.id, version: "1", clauseNumber: "9" })).toMatchObject({ fieldErrors: { clauseNumber: ["agreementTexts.errors.noSuchClause"] } });
    expect(await linkAreaToClause(undefined, { id: area.id, version: "1", clauseNumber: "1" })).toMatchObject({ status: "success" });
    expect(await linkAreaToClause(undefined, { id: area.id, version: "1", clauseNumber: "" })).toMatchObject({ status: "conflict" });
    expect(await linkAreaToClause(undefined, { id: area.id, version: "2", clauseNumber: "" })).toMatchObject({ status: "success" });
    expect(await testDb.cooperationArea.findUniqueOrThrow({ where: { id: area.id } })).toMatchObject({ textClauseNumber: null, version: 3 });
    actAs(setting.officerElsewhere);
    expect(await linkAreaToClause(undefined, { id: area.id, version: "3", clauseNumber: "1" })).toMatchObject({ formError: "errors.notFound" });
  });
});
