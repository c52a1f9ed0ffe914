import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { allTranslations, localized } from "@/lib/i18n/content";
import { parseErrorMessage } from "@/lib/i18n/error-message";
import { createTranslator, type Messages } from "@/lib/i18n/translate";

const messagesDir = path.join(import.meta.dirname, "../../messages");

function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>((all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }), {});
}

describe("message catalogs", () => {
  const catalogs = Object.fromEntries(
    readdirSync(messagesDir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file, flatten(JSON.parse(readFileSync(path.join(messagesDir, file), "utf8")))]),
  );

  it("exist for English, Malay and Chinese", () => {
    expect(Object.keys(catalogs).sort()).toEqual(["en.json", "ms.json", "zh.json"]);
  });

  it("have exactly the same keys, every value a non-empty string", () => {
    const english = catalogs["en.json"] ?? {};
    for (const [file, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), file).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(catalog)) {
        expect(typeof value === "string" && value.trim().length > 0, `${file} ${key}`).toBe(true);
      }
    }
  });

  it("are actually translated (Malay and Chinese differ from English for most strings)", () => {
    const english = catalogs["en.json"] ?? {};
    for (const file of ["ms.json", "zh.json"]) {
      const catalog = catalogs[file] ?? {};
      const same = Object.keys(english).filter((key) => catalog[key] === english[key]);
      expect(same.length / Object.keys(english).length, file).toBeLessThan(0.15);
    }
  });
});

describe("translation", () => {
  const t = createTranslator({ greeting: { hello: "Hello {name}, {count, plural, one {# new} other {# new}}" } } as unknown as Messages, "en");

  it("fills arguments and falls back to the key when a message is missing", () => {
    expect(t("greeting.hello" as never, { name: "Aina", count: 3 })).toBe("Hello Aina, 3 new");
    expect(t("greeting.missing" as never)).toBe("greeting.missing");
  });

  it("reads error messages with their values", () => {
    expect(parseErrorMessage("errors.tooLong|max=200")).toEqual({ key: "errors.tooLong", values: { max: 200 } });
    expect(parseErrorMessage("errors.required")).toEqual({ key: "errors.required", values: {} });
  });

  it("picks the browser's language when it is one of ours", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("ms-MY")).toBe("ms");
    expect(localeFromAcceptLanguage("fr-FR,de")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("localized content", () => {
  const record = { titleEn: "Talent development", titleMs: "Pembangunan bakat", titleZh: null };

  it("shows the reader's language and falls back to English", () => {
    expect(localized(record, "title", "ms")).toBe("Pembangunan bakat");
    expect(localized(record, "title", "zh")).toBe("Talent development");
  });

  it("lists the translations present, English first", () => {
    expect(allTranslations(record, "title").map((entry) => entry.locale)).toEqual(["en", "ms"]);
  });
});
