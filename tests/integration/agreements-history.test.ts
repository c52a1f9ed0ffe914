import { describe, expect, it } from "vitest";
import { changeAgreementStatus, updateAgreement } from "@/lib/actions/agreements";
import { addAgreementDocument } from "@/lib/actions/agreement-documents";
import { createCooperationArea } from "@/lib/actions/cooperation-areas";
import { getAgreementHistory, historyLimit } from "@/lib/data/agreement-history";
import { actAs } from "../helpers/request";
import { createUser } from "../helpers/factories";
import { createAgreementRecord, createBilateralSetting, day } from "../helpers/agreement-factories";

describe("an agreement's history", () => {
  it("lists its own and its children's changes, newest first, with who did them, and nothing of other agreements", async () => {
    const setting = await createBilateralSetting();
    const partyIds = { malaysia: setting.malaysia.id, china: setting.china.id };
    const agreement = await createAgreementRecord({ partyIds, signedOn: day("2025-04-16") });
    const other = await createAgreementRecord({ partyIds });
    actAs(setting.officerMy);
    await updateAgreement(undefined, { id: agreement.id, version: "1", type: "MOU", titleEn: "Renamed", summaryEn: "S", partyIds: [setting.malaysia.id, setting.china.id], signedOn: "2025-04-16" }).catch(() => undefined);
    await changeAgreementStatus(undefined, { id: agreement.id, version: "2", toStatus: "SIGNED", reason: "Signed in Putrajaya" });
    await createCooperationArea(undefined, { agreementId: agreement.id, titleEn: "Talent development" });
    await addAgreementDocument(undefined, { agreementId: agreement.id, title: "Official text", url: "https://example.org/mou" });
    await createCooperationArea(undefined, { agreementId: other.id, titleEn: "Not this one" });

    actAs(await createUser({ role: "MANAGER" }));
    const { rows: history, total } = await getAgreementHistory(agreement.id);
    expect(total).toBe(4);
    expect(history.map((event) => event.action)).toEqual(["agreementDocument.add", "cooperationArea.create", "agreement.status", "agreement.update"]);
    expect(history.every((event) => event.actor?.name === setting.officerMy.name)).toBe(true);
    expect(history[2]).toMatchObject({ before: { status: "DRAFT" }, after: { status: "SIGNED" }, reason: "Signed in Putrajaya" });
    expect(history[3]).toMatchObject({ before: { titleEn: agreement.titleEn }, after: { titleEn: "Renamed" } });

    actAs(null);
    await expect(getAgreementHistory(agreement.id)).rejects.toThrow("Not signed in");
  });

  it("says when it shows part of a long history, and pages to the rest", async () => {
    const setting = await createBilateralSetting();
    const agreement = await createAgreementRecord({ partyIds: { malaysia: setting.malaysia.id, china: setting.china.id } });
    actAs(setting.officerMy);
    const areaCount = historyLimit + 5;
    for (let index = 0; index < areaCount; index += 1) await createCooperationArea(undefined, { agreementId: agreement.id, titleEn: `Area ${index}` });

    actAs(await createUser({ role: "MANAGER" }));
    const first = await getAgreementHistory(agreement.id);
    expect(first).toMatchObject({ page: 1, pageSize: historyLimit, total: areaCount });
    expect(first.rows).toHaveLength(historyLimit);
    const second = await getAgreementHistory(agreement.id, 2);
    expect(second.rows).toHaveLength(5);
    const seen = new Set([...first.rows, ...second.rows].map((event) => event.id));
    expect(seen.size).toBe(areaCount);
  });
});
