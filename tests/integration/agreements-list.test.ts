import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { GET as exportAgreements } from "@/app/(app)/agreements/export/route";
import { isExpiringSoon } from "@/lib/agreements/expiry";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { listAgreements } from "@/lib/data/agreements";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, unique } from "../helpers/factories";
import { createAgreementRecord, day } from "../helpers/agreement-factories";
import { klHalfPastMidnight, setClock } from "../helpers/clock";
import { addDays, today as appToday } from "@/lib/dates";

// Every record here carries this tag in its English title, so the searches see only this file's data.
const tag = unique("tag");
let ids: Record<string, string>;
let parties: { my: string; cn: string; mdec: string; zju: string };
// A fixed clock for the whole file (set before "today" is taken): 00:30 in Kuala Lumpur.
setClock(klHalfPastMidnight);
afterAll(() => vi.useRealTimers());
const today = appToday();
const inDays = (days: number) => addDays(today, days);

beforeAll(async () => {
  actAs(await createUser({ role: "MANAGER" }));
  const [my, cn, mdec, zju] = await Promise.all([
    createOrganisation({ side: "MALAYSIA" }),
    createOrganisation({ side: "CHINA" }),
    createOrganisation({ side: "MALAYSIA" }),
    createOrganisation({ side: "CHINA" }),
  ]);
  parties = { my: my.id, cn: cn.id, mdec: mdec.id, zju: zju.id };
  const digital = await createAgreementRecord({
    titleEn: `${tag} Digital Economy`,
    titleMs: "Memorandum Ekonomi Digital",
    titleZh: "数字经济合作谅解备忘录",
    partyIds: { malaysia: my.id, china: cn.id },
    status: "IN_FORCE",
    signedOn: day("2025-04-16"),
    expiresOn: inDays(20),
    noticeDays: 30,
    areaTitles: ["Talent development", "Digital technology innovation"],
  });
  const ai = await createAgreementRecord({
    titleEn: `${tag} Artificial Intelligence`,
    summaryEn: "Kerjasama kecerdasan buatan is only in the English summary column here.",
    partyIds: { malaysia: my.id, china: cn.id },
    status: "SIGNED",
    signedOn: day("2024-05-01"),
    expiresOn: inDays(100),
    areaTitles: ["AI infrastructure"],
  });
  const loi = await createAgreementRecord({ titleEn: `${tag} Smart City LOI`, type: "LOI", partyIds: { malaysia: mdec.id, china: zju.id }, status: "DRAFT", expiresOn: inDays(5) });
  const archived = await createAgreementRecord({ titleEn: `${tag} Old Protocol`, type: "PROTOCOL", partyIds: { malaysia: my.id, china: cn.id }, archivedAt: new Date(), status: "EXPIRED" });
  ids = { digital: digital.id, ai: ai.id, loi: loi.id, archived: archived.id };
});

async function titles(params: Record<string, string>) {
  const result = await listAgreements(parseAgreementFilters({ q: params.q ?? tag, ...params }));
  return result.rows.map((row) => row.titleEn.replace(`${tag} `, ""));
}

describe("finding agreements", () => {
  it("searches titles and summaries in any language, ignoring case", async () => {
    expect(await titles({ q: "ekonomi digital" })).toEqual(["Digital Economy"]);
    expect(await titles({ q: "数字经济" })).toEqual(["Digital Economy"]);
    expect(await titles({ q: "KECERDASAN" })).toEqual(["Artificial Intelligence"]);
  });

  it("filters by type, status, party, side, theme, signing year and archived", async () => {
    expect(await titles({ type: "LOI" })).toEqual(["Smart City LOI"]);
    expect(await titles({ status: "SIGNED" })).toEqual(["Artificial Intelligence"]);
    expect(await titles({ party: parties.zju, sort: "title" })).toEqual(["Smart City LOI"]);
    expect((await titles({ party: parties.cn, sort: "title" })).sort()).toEqual(["Artificial Intelligence", "Digital Economy"]);
    expect((await titles({ side: "CHINA", sort: "title" })).length).toBe(3);
    expect(await titles({ theme: "talent" })).toEqual(["Digital Economy"]);
    expect(await titles({ year: "2024" })).toEqual(["Artificial Intelligence"]);
    expect(await titles({ archived: "archived" })).toEqual(["Old Protocol"]);
    expect((await titles({ archived: "all" })).length).toBe(4);
  });

  it("finds expiring agreements with the same rule as the badge", async () => {
    expect(await titles({ expiring: "1" })).toEqual(["Digital Economy"]);
    const all = await listAgreements(parseAgreementFilters({ q: tag, archived: "all" }));
    const expiringByBadge = all.rows.filter((row) => isExpiringSoon(row)).map((row) => row.id);
    expect(expiringByBadge).toEqual([ids.digital]);
  });

  it("sorts by title, type, status and signing date, both ways", async () => {
    expect(await titles({ sort: "title" })).toEqual(["Artificial Intelligence", "Digital Economy", "Smart City LOI"]);
    expect(await titles({ sort: "title", dir: "desc" })).toEqual(["Smart City LOI", "Digital Economy", "Artificial Intelligence"]);
    expect(await titles({})).toEqual(["Digital Economy", "Artificial Intelligence", "Smart City LOI"]);
    // Types and statuses sort in their declared order (MoU before LOI; draft before signed).
    expect(await titles({ sort: "type" })).toEqual(["Artificial Intelligence", "Digital Economy", "Smart City LOI"]);
    expect(await titles({ sort: "status", dir: "desc" })).toEqual(["Digital Economy", "Artificial Intelligence", "Smart City LOI"]);
  });

  it("pages by 20 and counts the total", async () => {
    const pageTag = unique("paged");
    for (let index = 0; index < 23; index += 1) {
      await createAgreementRecord({ titleEn: `${pageTag} ${String(index).padStart(2, "0")}`, partyIds: { malaysia: parties.my, china: parties.cn } });
    }
    const first = await listAgreements(parseAgreementFilters({ q: pageTag, sort: "title" }));
    const second = await listAgreements(parseAgreementFilters({ q: pageTag, sort: "title", page: "2" }));
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([23, 2, 20, 3]);
    expect(second.rows[0]?.titleEn).toBe(`${pageTag} 20`);
  });

  it("refuses anonymous readers", async () => {
    actAs(null);
    await expect(listAgreements(parseAgreementFilters({}))).rejects.toThrow("Not signed in");
    actAs(await createUser({ role: "MANAGER" }));
  });
});

describe("exporting the filtered list", () => {
  it("answers CSV with the same filters and no pagination", async () => {
    const response = await exportAgreements(new Request(`http://test/agreements/export?format=csv&q=${encodeURIComponent(tag)}&sort=title`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("Artificial Intelligence");
    expect(lines[2]).toContain("数字经济合作谅解备忘录");
  });

  it("answers XLSX", async () => {
    const response = await exportAgreements(new Request(`http://test/agreements/export?format=xlsx&q=${encodeURIComponent(tag)}&archived=archived`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(String(sheet?.getRow(2).getCell(1).value)).toContain("Old Protocol");
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect((await exportAgreements(new Request("http://test/agreements/export?format=csv"))).status).toBe(401);
    actAs(await createUser({ role: "MANAGER" }));
  });
});

describe("the cost of a page", () => {
  it("is one count and one page query (plus one for “expiring soon”), whatever the number of rows", async () => {
    const { db } = await import("@/lib/db");
    // Spies call through to the real methods; they only count.
    const count = vi.spyOn(db.agreement, "count");
    const findMany = vi.spyOn(db.agreement, "findMany");
    const raw = vi.spyOn(db, "$queryRaw");
    // Who is asking is one plain statement too (lib/auth/session.ts): only the list's own count here.
    const listQueries = () => raw.mock.calls.filter(([query]) => !JSON.stringify(query).includes("UserSession")).length;
    const calls = () => [count.mock.calls.length, findMany.mock.calls.length, listQueries()];
    try {
      const page = await listAgreements(parseAgreementFilters({ q: tag, archived: "all" }));
      expect(page.rows.length).toBeGreaterThan(2);
      expect(calls()).toEqual([1, 1, 0]);
      await listAgreements(parseAgreementFilters({ q: tag, expiring: "1", theme: "talent", side: "CHINA" }));
      expect(calls()).toEqual([2, 2, 1]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
