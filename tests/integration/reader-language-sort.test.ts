// Lists sorted by title or name follow the reader's language (Malay alphabetically, Chinese by
// pinyin with Chinese titles first), falling back to English where a translation is missing —
// on PGlite and on PostgreSQL alike. The expected order comes from Intl.Collator in the
// reader's language, applied to the text the reader sees.
import { beforeAll, describe, expect, it } from "vitest";
import { listAgreements } from "@/lib/data/agreements";
import { listOrganisations, listPeople } from "@/lib/data/reference-data";
import { listWorkingGroups } from "@/lib/data/working-groups";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { localeTags, type Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import { actAs } from "../helpers/request";
import { createUser, testDb } from "../helpers/factories";

const titles = [
  { titleEn: "Artificial Intelligence", titleMs: "Kecerdasan Buatan", titleZh: "人工智能" },
  { titleEn: "Digital Economy", titleMs: "Ekonomi Digital", titleZh: "数字经济" },
  { titleEn: "Blue Economy", titleMs: "Ekonomi Biru", titleZh: null },
  { titleEn: "Zhejiang Talent Programme", titleMs: null, titleZh: "浙江人才计划" },
  { titleEn: "Cross-border Data Flows", titleMs: "Aliran Data Rentas Sempadan", titleZh: "跨境数据流动" },
  { titleEn: "Green Technology", titleMs: "Teknologi Hijau", titleZh: "绿色技术" },
];

const expected: Record<Locale, string[]> = {
  en: ["Artificial Intelligence", "Blue Economy", "Cross-border Data Flows", "Digital Economy", "Green Technology", "Zhejiang Talent Programme"],
  ms: ["Aliran Data Rentas Sempadan", "Ekonomi Biru", "Ekonomi Digital", "Kecerdasan Buatan", "Teknologi Hijau", "Zhejiang Talent Programme"],
  zh: ["跨境数据流动", "绿色技术", "人工智能", "数字经济", "浙江人才计划", "Blue Economy"],
};

/** The order a reader of `locale` expects: Intl's collation of the text they see. */
function collated(texts: string[], locale: Locale): string[] {
  return [...texts].sort(new Intl.Collator(localeTags[locale]).compare);
}

async function actAsAdministratorReading(locale: Locale) {
  const user = await createUser({ role: "ADMIN" });
  await testDb.user.update({ where: { id: user.id }, data: { locale } });
  actAs(user);
}

const locales: Locale[] = ["en", "ms", "zh"];

describe("lists sorted in the reader's language", () => {
  const ids = new Set<string>();

  beforeAll(async () => {
    for (const title of titles) {
      const agreement = await testDb.agreement.create({ data: { type: "MOU", ...title } });
      ids.add(agreement.id);
      const group = await testDb.workingGroup.create({ data: { agreementId: agreement.id, nameEn: title.titleEn, nameMs: title.titleMs, nameZh: title.titleZh } });
      ids.add(group.id);
      const organisation = await testDb.organisation.create({ data: { nameEn: `${title.titleEn} Agency`, nameMs: title.titleMs && `Agensi ${title.titleMs}`, nameZh: title.titleZh && `${title.titleZh}局`, country: "MY", side: "MALAYSIA" } });
      ids.add(organisation.id);
    }
  });

  it("the expectations agree with Intl.Collator, and differ between languages (so the test can fail)", () => {
    for (const locale of locales) expect(collated(expected[locale], locale)).toEqual(expected[locale]);
    expect(new Set([expected.en[0], expected.ms[0], expected.zh[0]]).size).toBe(3);
  });

  it.each(locales)("agreements by title, both directions (%s)", async (locale) => {
    await actAsAdministratorReading(locale);
    const page = async (dir: "asc" | "desc") =>
      (await listAgreements(parseAgreementFilters({ sort: "title", dir }))).rows.filter((row) => ids.has(row.id)).map((row) => localized(row, "title", locale));
    expect(await page("asc")).toEqual(expected[locale]);
    expect(await page("desc")).toEqual([...expected[locale]].reverse());
  });

  it.each(locales)("working groups by name (%s)", async (locale) => {
    await actAsAdministratorReading(locale);
    const names = (await listWorkingGroups()).filter((group) => ids.has(group.id)).map((group) => localized(group, "name", locale));
    expect(names).toEqual(expected[locale]);
  });

  it.each(locales)("organisations by name, with the Chinese and Malay translations the reader sees (%s)", async (locale) => {
    await actAsAdministratorReading(locale);
    const names = (await listOrganisations()).filter((organisation) => ids.has(organisation.id)).map((organisation) => localized(organisation, "name", locale));
    expect(names).toHaveLength(titles.length);
    expect(names).toEqual(collated(names, locale));
  });

  it("people: Chinese readers see names in characters by pinyin, before romanised ones", async () => {
    const names = ["郑栅洁", "Anwar Ibrahim", "习近平", "Gobind Singh Deo", "Ahmad Zahid"];
    const created = await Promise.all(names.map((name) => testDb.person.create({ data: { name } })));
    const mine = new Set(created.map((person) => person.id));
    await actAsAdministratorReading("zh");
    expect((await listPeople()).filter((person) => mine.has(person.id)).map((person) => person.name)).toEqual(["习近平", "郑栅洁", "Ahmad Zahid", "Anwar Ibrahim", "Gobind Singh Deo"]);
    await actAsAdministratorReading("ms");
    expect((await listPeople()).filter((person) => mine.has(person.id)).map((person) => person.name)).toEqual(collated(names, "ms"));
  });

  it("people with both forms of their name: Chinese readers by the characters' pinyin, others by the romanised name", async () => {
    // 阿祖 (a zu) sorts first in Chinese though "Zulkifli" is last in Latin script; a person with
    // no Chinese name follows the names in characters, as untranslated titles do.
    const people = [
      { name: "Xi Jinping", nameZh: "习近平" },
      { name: "Anwar Ibrahim", nameZh: "安瓦尔" },
      { name: "Zulkifli Hasan", nameZh: "阿祖" },
      { name: "Wang Yi", nameZh: null },
    ];
    const created = await Promise.all(people.map((data) => testDb.person.create({ data })));
    const mine = new Set(created.map((person) => person.id));
    const order = async () => (await listPeople()).filter((person) => mine.has(person.id)).map((person) => person.name);
    await actAsAdministratorReading("zh");
    expect(await order()).toEqual(["Zulkifli Hasan", "Anwar Ibrahim", "Xi Jinping", "Wang Yi"]);
    await actAsAdministratorReading("en");
    expect(await order()).toEqual(["Anwar Ibrahim", "Wang Yi", "Xi Jinping", "Zulkifli Hasan"]);
    // The key follows an edit of the Chinese name alone.
    await testDb.person.update({ where: { id: created[3]!.id }, data: { nameZh: "王毅" } });
    await actAsAdministratorReading("zh");
    expect(await order()).toEqual(["Zulkifli Hasan", "Anwar Ibrahim", "Wang Yi", "Xi Jinping"]);
  });

  it("keys follow edits: a title translated later moves to its place in that language", async () => {
    const agreement = await testDb.agreement.create({ data: { type: "MOU", titleEn: "Aardvark Accord" } });
    ids.add(agreement.id);
    await actAsAdministratorReading("zh");
    const order = async () => (await listAgreements(parseAgreementFilters({ sort: "title", dir: "asc" }))).rows.filter((row) => ids.has(row.id)).map((row) => localized(row, "title", "zh"));
    expect((await order()).indexOf("Aardvark Accord")).toBe(titles.length - 1);
    await testDb.agreement.update({ where: { id: agreement.id }, data: { titleZh: "阿尔法协定" } });
    expect((await order())[0]).toBe("阿尔法协定");
    ids.delete(agreement.id);
  });
});
