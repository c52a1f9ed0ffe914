import { beforeAll, describe, expect, it } from "vitest";
import { createCooperationArea, moveCooperationArea, retireCooperationArea, updateCooperationArea } from "@/lib/actions/cooperation-areas";
import { getAgreementHistory } from "@/lib/data/agreement-history";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting } from "../helpers/agreement-factories";

let setting: Awaited<ReturnType<typeof createBilateralSetting>>;
beforeAll(async () => {
  setting = await createBilateralSetting();
});

const agreementWithAreas = (titles: string[]) => createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id }, areaTitles: titles });
const areasOf = (agreementId: string) => testDb.cooperationArea.findMany({ where: { agreementId, isRetired: false }, orderBy: { number: "asc" }, select: { titleEn: true, number: true } });

describe("cooperation areas", () => {
  it("adds an area at the end with its texts in three languages, audited against the agreement", async () => {
    const agreement = await agreementWithAreas(["Policy coordination"]);
    actAs(setting.officerMy);
    const result = await createCooperationArea(undefined, {
      agreementId: agreement.id,
      clauseRef: "Article 2(b)",
      titleEn: "Talent development",
      titleMs: "Pembangunan bakat",
      titleZh: "人才培养",
      clauseTextEn: "The Parties shall cooperate on talent development.",
    });
    expect(result).toMatchObject({ status: "success" });
    expect(await areasOf(agreement.id)).toEqual([
      { titleEn: "Policy coordination", number: 1 },
      { titleEn: "Talent development", number: 2 },
    ]);
    const { rows: history } = await getAgreementHistory(agreement.id);
    expect(history[0]).toMatchObject({ action: "cooperationArea.create", entityType: "CooperationArea", after: { agreementId: agreement.id, titleZh: "人才培养" } });
  });

  it("edits with the current version; a stale one is a conflict", async () => {
    const agreement = await agreementWithAreas(["Old title"]);
    const [area] = agreement.areas;
    if (!area) throw new Error("no area");
    actAs(setting.admin);
    expect(await updateCooperationArea(undefined, { id: area.id, version: "1", titleEn: "New title", clauseRef: "Art. 1" })).toMatchObject({ status: "success" });
    expect(await updateCooperationArea(undefined, { id: area.id, version: "1", titleEn: "Lost update" })).toMatchObject({ status: "conflict" });
    expect(await testDb.cooperationArea.findUniqueOrThrow({ where: { id: area.id } })).toMatchObject({ titleEn: "New title", clauseRef: "Art. 1", version: 2 });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { entityId: area.id, action: "cooperationArea.update" } });
    expect(event.before).toMatchObject({ titleEn: "Old title" });
    expect(event.after).toMatchObject({ titleEn: "New title" });
  });

  it("moves an area up and down by swapping numbers, and does nothing at the ends", async () => {
    const agreement = await agreementWithAreas(["A", "B", "C"]);
    const [first, second] = agreement.areas;
    if (!first || !second) throw new Error("no areas");
    actAs(setting.officerMy);
    await moveCooperationArea(undefined, { id: second.id, version: "1", direction: "up" });
    expect((await areasOf(agreement.id)).map((area) => area.titleEn)).toEqual(["B", "A", "C"]);
    await moveCooperationArea(undefined, { id: first.id, version: "2", direction: "down" });
    expect((await areasOf(agreement.id)).map((area) => area.titleEn)).toEqual(["B", "C", "A"]);
    await moveCooperationArea(undefined, { id: first.id, version: "3", direction: "down" });
    expect((await areasOf(agreement.id)).map((area) => area.titleEn)).toEqual(["B", "C", "A"]);
    expect(await moveCooperationArea(undefined, { id: second.id, version: "1", direction: "down" })).toMatchObject({ status: "conflict" });
    expect(await moveCooperationArea(undefined, { id: second.id, version: "2", direction: "sideways" })).toMatchObject({ fieldErrors: { direction: ["errors.invalidChoice"] } });
  });

  it("retires an area: it leaves the list, keeps its row and history, and cannot be edited afterwards", async () => {
    const agreement = await agreementWithAreas(["Keep", "Retire me"]);
    const retiring = agreement.areas[1];
    if (!retiring) throw new Error("no area");
    actAs(setting.officerMy);
    expect(await retireCooperationArea(undefined, { id: retiring.id, version: "1" })).toMatchObject({ status: "success" });
    expect((await areasOf(agreement.id)).map((area) => area.titleEn)).toEqual(["Keep"]);
    expect(await retireCooperationArea(undefined, { id: retiring.id, version: "2" })).toMatchObject({ status: "conflict" });
    expect(await updateCooperationArea(undefined, { id: retiring.id, version: "2", titleEn: "Back" })).toMatchObject({ status: "conflict" });
  });

  it("refuses other organisations' officers, managers, unknown fields and empty titles", async () => {
    const agreement = await agreementWithAreas(["Only"]);
    const [area] = agreement.areas;
    if (!area) throw new Error("no area");
    for (const user of [setting.officerElsewhere, await createUser({ role: "MANAGER" }), await createUser({ role: "WG_MEMBER" })]) {
      actAs(user);
      expect(await createCooperationArea(undefined, { agreementId: agreement.id, titleEn: "Sneaky" })).toMatchObject({ formError: "errors.notFound" });
      expect(await retireCooperationArea(undefined, { id: area.id, version: "1" })).toMatchObject({ formError: "errors.notFound" });
    }
    actAs(setting.officerMy);
    expect(await createCooperationArea(undefined, { agreementId: agreement.id, titleEn: "" })).toMatchObject({ fieldErrors: { titleEn: ["errors.required"] } });
    expect(await createCooperationArea(undefined, { agreementId: agreement.id, titleEn: "X", number: "9" })).toMatchObject({ fieldErrors: { _form: ["errors.unknownFields"] } });
    expect(await areasOf(agreement.id)).toEqual([{ titleEn: "Only", number: 1 }]);
  });
});
