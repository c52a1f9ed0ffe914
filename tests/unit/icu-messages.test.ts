// The catalogs are ICU MessageFormat: every message parses, every language asks for the same
// arguments, plurals agree with the count in each language, and Chinese uses full-width
// punctuation in its text.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { compileMessage, createTranslator, type MessageKey } from "@/lib/i18n/translate";
import { notificationText } from "@/lib/notifications/render";

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };
const LITERAL = 0;
const PLURAL = 6;
const POUND = 7;
const TAG = 8;

function flatten(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function walk(elements: Element[], visit: (element: Element) => void): void {
  for (const element of elements) {
    visit(element);
    for (const option of Object.values(element.options ?? {})) walk(option.value, visit);
    walk(element.children ?? [], visit);
  }
}

const ast = (source: string, locale: Locale) => compileMessage(source, locale).getAst() as unknown as Element[];

/** Argument and tag names a message asks for, marked `:tag` for rich-text tags. */
function argumentsOf(source: string, locale: Locale): string[] {
  const names = new Set<string>();
  walk(ast(source, locale), (element) => {
    if (element.type !== LITERAL && element.type !== POUND && typeof element.value === "string") names.add(`${element.value}:${element.type === TAG ? "tag" : "value"}`);
  });
  return [...names].sort();
}

function pluralArguments(source: string, locale: Locale): string[] {
  const names = new Set<string>();
  walk(ast(source, locale), (element) => {
    if (element.type === PLURAL && typeof element.value === "string") names.add(element.value);
  });
  return [...names];
}

/** ASCII punctuation in a Chinese message's text (not its ICU syntax) where full-width belongs. */
function halfWidthPunctuation(source: string): string[] {
  const han = /\p{Script=Han}/u;
  const found: string[] = [];
  walk(ast(source, "zh"), (element) => {
    if (element.type !== LITERAL || typeof element.value !== "string") return;
    const text = element.value;
    for (const match of text.matchAll(/[:,;?!()]/g)) {
      const before = text.slice(0, match.index).trimEnd().slice(-1);
      const after = text.slice((match.index ?? 0) + 1).trimStart().slice(0, 1);
      if (han.test(before) || han.test(after) || ("()".includes(match[0]) && han.test(text))) found.push(match[0]);
    }
  });
  return found;
}

const messages = Object.fromEntries(locales.map((locale) => [locale, Object.fromEntries(flatten(catalogs[locale]))])) as Record<Locale, Record<string, string>>;
const keys = Object.keys(messages.en);

describe("ICU message catalogs", () => {
  it("every message of every language parses as ICU MessageFormat", () => {
    const failures: string[] = [];
    for (const locale of locales) {
      for (const [key, source] of Object.entries(messages[locale])) {
        try {
          ast(source, locale);
        } catch (error) {
          failures.push(`${locale} ${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("each message asks for the same arguments, used the same way, in English, Malay and Chinese", () => {
    const differences: string[] = [];
    for (const key of keys) {
      const english = argumentsOf(messages.en[key] ?? "", "en").join(" ");
      for (const locale of ["ms", "zh"] as const) {
        const other = argumentsOf(messages[locale][key] ?? "", locale).join(" ");
        if (other !== english) differences.push(`${locale} ${key}: [${other}] vs en [${english}]`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("digests count in the reader's language: '1 milestone moved', grouped thousands", () => {
    const text = (locale: Locale, counts: Record<string, number>) =>
      notificationText({ kind: "DIGEST_PORTFOLIO", params: { counts } }, locale, createTranslator(catalogs[locale], locale));
    expect(text("en", { moved: 1, slipped: 0, overdue: 1200 })).toBe("This week: 1 milestone moved, 0 slipped, 1,200 newly overdue");
    expect(text("en", { moved: 3, slipped: 1, overdue: 1 })).toBe("This week: 3 milestones moved, 1 slipped, 1 newly overdue");
    expect(text("ms", { moved: 1, slipped: 2, overdue: 1200 })).toBe("Minggu ini: 1 batu tanda bergerak, 2 tergelincir, 1,200 baru lewat tempoh");
    expect(text("zh", { moved: 1, slipped: 2, overdue: 3 })).toBe("本周：1 个里程碑有进展，2 个下滑，3 个新逾期");
  });

  it("counts are plurals: '1 agreement found', '2 agreements found', and the count in every language", () => {
    const t = (locale: Locale) => createTranslator(catalogs[locale], locale);
    expect(t("en")("agreements.filters.resultCount", { count: 0 })).toBe("0 agreements found");
    expect(t("en")("agreements.filters.resultCount", { count: 1 })).toBe("1 agreement found");
    expect(t("en")("agreements.filters.resultCount", { count: 2 })).toBe("2 agreements found");
    expect(t("en")("agreements.filters.resultCount", { count: 12345 })).toBe("12,345 agreements found");
    expect(t("ms")("agreements.filters.resultCount", { count: 1 })).toMatch(/^1 \D/);
    expect(t("ms")("agreements.filters.resultCount", { count: 2 })).toMatch(/^2 \D/);
    expect(t("zh")("agreements.filters.resultCount", { count: 2 })).toContain("2");
    expect(t("en")("workingGroups.memberCount", { count: 1 })).toBe("1 member");
    expect(t("en")("dashboard.days", { count: 1 })).toBe("1 day");
  });

  it("every plural message renders 0, 1 and 2 with the number in each language (English may say 'one' for 1)", () => {
    const pluralKeys = keys.filter((key) => pluralArguments(messages.en[key] ?? "", "en").length > 0);
    expect(pluralKeys.length).toBeGreaterThan(10);
    for (const locale of locales) {
      const t = createTranslator(catalogs[locale], locale);
      for (const key of pluralKeys) {
        const names = argumentsOf(messages[locale][key] ?? "", locale);
        for (const count of [0, 1, 2]) {
          const values = Object.fromEntries(names.map((argument) => {
            const [name = "", kind] = argument.split(":");
            return [name, kind === "tag" ? (chunks: ReactNode[]) => createElement("a", null, ...chunks) : count];
          }));
          const text = renderToStaticMarkup(createElement("p", null, t.rich(key as MessageKey, values)));
          if (count !== 1 || locale !== "en") expect(text, `${locale} ${key} ${count}`).toContain(String(count));
          expect(text, `${locale} ${key} ${count}`).not.toMatch(/[{}#]/);
        }
        if (locale === "en") {
          // English inflects: the message for 1 is not the message for 2 with the digit swapped.
          const values = (count: number) => Object.fromEntries(names.map((argument) => [argument.split(":")[0] ?? "", argument.endsWith(":tag") ? (chunks: ReactNode[]) => chunks.join("") : count]));
          const text = (count: number) => renderToStaticMarkup(createElement("p", null, t.rich(key as MessageKey, values(count))));
          expect(text(1), key).not.toBe(text(2).replaceAll("2", "1"));
        }
      }
    }
  });

  it("formats percentages in the message, in each language's style", () => {
    expect(createTranslator(catalogs.en, "en")("dashboard.percent", { value: 65.5 })).toBe("65.5%");
    expect(createTranslator(catalogs.zh, "zh")("dashboard.percent", { value: 100 })).toBe("100%");
  });

  it("Chinese text uses full-width punctuation next to Chinese characters", () => {
    expect(halfWidthPunctuation("目标日期: {target}")).toEqual([":"]);
    expect(halfWidthPunctuation("此机构正在使用中 (3 个)")).toEqual(["(", ")"]);
    expect(halfWidthPunctuation("目标日期：{target}，共 {count, plural, other {# 个}}")).toEqual([]);
    const offenders = Object.entries(messages.zh).filter(([, source]) => halfWidthPunctuation(source).length > 0);
    expect(offenders).toEqual([]);
  });
});

describe("rich text", () => {
  it("renders tags inside one message as elements, in the reader's language", () => {
    const catalog = { demo: { help: "Read the <link>guide</link> before you <em>submit</em>, {name}." } };
    const t = createTranslator(catalog as never, "en");
    const html = renderToStaticMarkup(
      createElement("p", null, t.rich("demo.help" as MessageKey, { name: "Aina", link: (chunks) => createElement("a", { href: "/guide" }, ...chunks), em: (chunks) => createElement("em", null, ...chunks) })),
    );
    expect(html).toBe('<p>Read the <a href="/guide">guide</a> before you <em>submit</em>, Aina.</p>');
  });

  it("takes elements as values: a Chinese aside in full-width parentheses around a badge", () => {
    const t = createTranslator(catalogs.zh, "zh");
    const html = renderToStaticMarkup(createElement("span", null, t.rich("compose.parenthetical", { text: createElement("b", null, "逾期 3 天") })));
    expect(html).toBe("<span>（<b>逾期 3 天</b>）</span>");
  });

  it("the catalog's rich messages render with their links", () => {
    const richKeys = keys.filter((key) => argumentsOf(messages.en[key] ?? "", "en").some((argument) => argument.endsWith(":tag")));
    expect(richKeys.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const t = createTranslator(catalogs[locale], locale);
      for (const key of richKeys) {
        const values = Object.fromEntries(
          argumentsOf(messages[locale][key] ?? "", locale).map((argument) => {
            const [name = "", kind] = argument.split(":");
            return [name, kind === "tag" ? (chunks: unknown[]) => createElement("b", { "data-tag": name }, ...(chunks as string[])) : 1];
          }),
        );
        const html = renderToStaticMarkup(createElement("p", null, t.rich(key as MessageKey, values)));
        expect(html, `${locale} ${key}`).toMatch(/<b data-tag="\w+">[^<]+<\/b>/);
        expect(html, `${locale} ${key}`).not.toMatch(/[{}]|&lt;/);
      }
    }
  });
});
