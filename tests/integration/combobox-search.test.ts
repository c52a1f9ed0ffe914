// The comboboxes search on the server: people by either form of their name, agreements by title,
// at most `searchLimit` matches with `hasMore` when the list was cut; the dashboard's filter no
// longer embeds every agreement, and its typed text (sent without scripts) is resolved.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/[source]/route";
import { getDashboardFilters, getFilterOptions } from "@/lib/data/dashboard/options";
import { noFilters } from "@/lib/data/dashboard/filters";
import { searchAgreements, searchPeople } from "@/lib/data/search";
import { searchLimit } from "@/lib/search/results";
import { actAs } from "../helpers/request";
import { createOrganisation, createUser, testDb, unique } from "../helpers/factories";
import { createAgreementRecord } from "../helpers/agreement-factories";

const tag = unique("combo");
// Characters unique to this run, so the searches see only this file's people.
const mark = String.fromCodePoint(0x4e00 + (Number.parseInt(tag.replace(/\D/g, "").slice(-4), 10) % 2000));
let manager: Awaited<ReturnType<typeof createUser>>;
let officer: Awaited<ReturnType<typeof createUser>>;
let firstAgreementId: string;

beforeAll(async () => {
  const [malaysia, china] = await Promise.all([createOrganisation({ side: "MALAYSIA" }), createOrganisation({ side: "CHINA" })]);
  manager = await createUser({ role: "MANAGER" });
  officer = await createUser({ role: "OFFICER", organisationId: malaysia.id });
  await testDb.person.create({ data: { name: `${tag} Zheng Shanjie`, nameZh: `郑栅洁${mark}`, organisationId: china.id } });
  await testDb.person.createMany({ data: Array.from({ length: searchLimit + 5 }, (_, index) => ({ name: `${tag} Many ${String(index).padStart(2, "0")}`, organisationId: china.id })) });
  const agreements = [];
  for (let index = 0; index < searchLimit + 3; index += 1) {
    agreements.push(await createAgreementRecord({ titleEn: `${tag} Digital economy ${String(index).padStart(2, "0")}`, partyIds: { malaysia: malaysia.id, china: china.id } }));
  }
  firstAgreementId = agreements[0]!.id;
});

describe("the people search", () => {
  it("finds a person by part of the Chinese name and by part of the romanised name, in any case", async () => {
    actAs(officer);
    for (const q of [`栅洁${mark}`, `${tag} zheng SHAN`]) {
      const result = await searchPeople({ query: { q }, locale: "en" });
      expect(result.items.map((item) => item.label), q).toEqual([`${tag} Zheng Shanjie`]);
      expect(result.hasMore).toBe(false);
    }
  });

  it("names the person in the reader's language", async () => {
    actAs(officer);
    const result = await searchPeople({ query: { q: `栅洁${mark}` }, locale: "zh" });
    expect(result.items.map((item) => item.label)).toEqual([`郑栅洁${mark}`]);
  });

  it("returns at most the limit and says there are more", async () => {
    actAs(officer);
    const result = await searchPeople({ query: { q: `${tag} Many` }, locale: "en" });
    expect(result.items).toHaveLength(searchLimit);
    expect(result.hasMore).toBe(true);
  });
});

describe("the search route", () => {
  const get = (path: string) => GET(new Request(`http://localhost/api/search/${path}`), { params: Promise.resolve({ source: path.split("?")[0]! }) });

  it("answers a signed-in user who may search, in JSON", async () => {
    actAs(manager);
    const response = await get(`agreements?q=${encodeURIComponent(`${tag} digital`)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: unknown[]; hasMore: boolean };
    expect(body.items).toHaveLength(searchLimit);
    expect(body.hasMore).toBe(true);
  });

  it("refuses the anonymous, unknown sources, unknown parameters, and readers without the right", async () => {
    actAs(null);
    expect((await get("people?q=a")).status).toBe(401);
    actAs(manager);
    expect((await get("users?q=a")).status).toBe(404);
    expect((await get("people?q=a&take=1000")).status).toBe(400);
    expect((await get(`people?q=${"a".repeat(101)}`)).status).toBe(400);
    // A manager records no agreements, so may not search the people who sign them.
    expect((await get("people?q=a")).status).toBe(404);
  });
});

describe("the dashboard's agreement filter", () => {
  it("offers only the chosen agreement, never the whole list", async () => {
    actAs(manager);
    const none = await getFilterOptions(noFilters);
    expect(none.agreement).toBeNull();
    // What the page embeds: the chosen agreement, the organisations and the chosen agreement's areas.
    expect(Object.keys(none).sort()).toEqual(["agreement", "areas", "organisations"]);
    const chosen = await getFilterOptions({ ...noFilters, agreementId: firstAgreementId });
    expect(chosen.agreement?.id).toBe(firstAgreementId);
    expect(await searchAgreements({ query: { q: `${tag} digital` }, locale: "en" })).toMatchObject({ hasMore: true });
  });

  it("resolves the typed text when it is not the chosen agreement's title, and clears on empty text", async () => {
    actAs(manager);
    expect((await getDashboardFilters({ agreementText: `${tag} Digital economy 01` })).agreementId).not.toBeNull();
    const typed = await getDashboardFilters({ agreement: firstAgreementId, agreementText: `${tag} Digital economy 02` });
    const second = await testDb.agreement.findFirstOrThrow({ where: { titleEn: `${tag} Digital economy 02` } });
    expect(typed.agreementId).toBe(second.id);
    const kept = await getDashboardFilters({ agreement: firstAgreementId, agreementText: `${tag} Digital economy 00`, area: "area_1" });
    expect(kept).toMatchObject({ agreementId: firstAgreementId, areaId: "area_1" });
    expect(await getDashboardFilters({ agreement: firstAgreementId, agreementText: "  " })).toMatchObject({ agreementId: null });
    expect((await getDashboardFilters({ agreement: firstAgreementId })).agreementId).toBe(firstAgreementId);
    expect((await getDashboardFilters({ agreementText: `${tag} no such title` })).agreementId).toBeNull();
  });
});
