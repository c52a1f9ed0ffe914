// The history shows what a reader knows, in their language: never a code, a bare flag or an id.
import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/agreements/history-diff";
import { readableValue, recordedIds } from "@/lib/agreements/history-values";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";

const names = new Map([["cm0person000000000000001", "Tengku Zafrul Aziz"]]);
const context = (locale: Locale) => ({ t: createTranslator(catalogs[locale], locale), locale, names });

const before = { type: "LOI", status: "DRAFT", isRetired: false, parties: ["Ministry of Digital (MALAYSIA)"], relations: [], signedOn: null, leadPersonId: null };
const after = {
  type: "MOU",
  status: "SIGNED",
  isRetired: true,
  parties: ["Ministry of Digital (MALAYSIA)", "Cyberspace Administration of China (CHINA)"],
  relations: ["RENEWS: Earlier MoU"],
  signedOn: "2025-04-16T00:00:00.000Z",
  leadPersonId: "cm0person000000000000001",
};

function readableRows(locale: Locale) {
  return diffSnapshots(before, after).map((change) => ({
    field: change.field,
    before: readableValue(change.field, change.before, context(locale)),
    after: readableValue(change.field, change.after, context(locale)),
  }));
}

describe("history values", () => {
  it("shows labels, yes/no, dates and names in English", () => {
    expect(readableRows("en")).toEqual([
      { field: "type", before: catalogs.en.agreementTypes.LOI, after: catalogs.en.agreementTypes.MOU },
      { field: "status", before: "Draft", after: "Signed" },
      { field: "isRetired", before: "No", after: "Yes" },
      { field: "parties", before: "Ministry of Digital (Malaysia)", after: "Ministry of Digital (Malaysia); Cyberspace Administration of China (China)" },
      { field: "relations", before: null, after: "Renews: Earlier MoU" },
      { field: "signedOn", before: null, after: "16 April 2025" },
      { field: "leadPersonId", before: null, after: "Tengku Zafrul Aziz" },
    ]);
  });

  it("never shows a code, a bare flag or an id, in any language", () => {
    for (const locale of ["en", "ms", "zh"] as const) {
      const text = readableRows(locale)
        .flatMap((row) => [row.before, row.after])
        .join(" | ");
      expect(text, locale).not.toMatch(/\b(LOI|MOU|DRAFT|SIGNED|MALAYSIA|CHINA|RENEWS|true|false)\b/);
      expect(text, locale).not.toContain("cm0person");
    }
    expect(readableRows("zh").find((row) => row.field === "status")?.after).toBe(catalogs.zh.agreementStatus.SIGNED);
    expect(readableRows("ms").find((row) => row.field === "isRetired")?.after).toBe("Ya");
  });

  it("names a text's language and the prevailing language, never their codes", () => {
    const languageRows = (locale: Locale) =>
      diffSnapshots({ language: "ms", prevailingLanguage: null }, { language: "zh", prevailingLanguage: "en" }).map((change) => readableValue(change.field, change.after, context(locale)));
    expect(languageRows("en")).toEqual(["Chinese", "English"]);
    expect(languageRows("ms")).toEqual([catalogs.ms.agreementTexts.languages.zh, catalogs.ms.agreementTexts.languages.en]);
    expect(readableValue("language", "ms", context("zh"))).toBe(catalogs.zh.agreementTexts.languages.ms);
    // A two-letter word in a field that holds no code stays as written.
    expect(readableValue("title", "ok", context("en"))).toBe("ok");
  });

  it("collects the ids the page must name, once each", () => {
    expect(recordedIds([after, { ...after, witnessIds: ["p2", "cm0person000000000000001"] }, null]).sort()).toEqual(["cm0person000000000000001", "p2"]);
  });
});
