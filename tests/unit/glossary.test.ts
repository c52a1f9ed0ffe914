// The glossary (messages/GLOSSARY.md) is the rule for domain terms: every English message that
// uses a term has the glossary's Malay term in ms.json and its Chinese term in zh.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const messagesDir = path.join(import.meta.dirname, "../../messages");

type Term = { english: string[]; malay: string[]; chinese: string[]; notWhen: string[] };

const forms = (cell: string) =>
  cell
    .split(" / ")
    .map((form) => form.trim())
    .filter(Boolean);

/** The glossary's table rows (after the header and its separator). */
function readGlossary(): Term[] {
  const text = readFileSync(path.join(messagesDir, "GLOSSARY.md"), "utf8");
  const rows = text.split("\n").filter((line) => line.startsWith("|"));
  return rows.slice(2).map((row) => {
    const cells = row.split("|").slice(1, -1).map((cell) => cell.trim());
    const [english = "", malay = "", chinese = "", notWhen = ""] = cells;
    return { english: forms(english), malay: forms(malay), chinese: forms(chinese), notWhen: forms(notWhen) };
  });
}

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (typeof value !== "object" || value === null) return {};
  return Object.entries(value).reduce<Record<string, string>>((all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }), {});
}

const catalog = (locale: string) => flatten(JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8")));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the English text uses the term, once the phrases where the word means something else are removed. */
export function usesTerm(english: string, term: Term): boolean {
  let text = english.toLowerCase();
  for (const phrase of term.notWhen) text = text.replaceAll(phrase.toLowerCase(), " ");
  return term.english.some((form) => new RegExp(`(^|[^\\p{L}-])${escape(form.toLowerCase())}($|[^\\p{L}-])`, "u").test(text));
}

const hasAny = (text: string, candidates: string[]) => candidates.some((candidate) => text.toLowerCase().includes(candidate.toLowerCase()));

const glossary = readGlossary();
const en = catalog("en");
const ms = catalog("ms");
const zh = catalog("zh");

describe("the glossary", () => {
  it("has a row for every decision the review asked for, each with three languages and a reason", () => {
    const englishTerms = glossary.map((term) => term.english[0]);
    for (const required of [
      "letter of intent", "signed", "in force", "overdue", "due soon", "completed", "history", "terms of reference", "weight",
      "milestone", "co-chair", "dashboard", "party", "side", "retire", "breadcrumb", "start work", "person",
    ]) {
      expect(englishTerms, required).toContain(required);
    }
    const text = readFileSync(path.join(messagesDir, "GLOSSARY.md"), "utf8");
    for (const row of text.split("\n").filter((line) => line.startsWith("|")).slice(2)) {
      expect(row.split("|").slice(1, -1).at(-1)?.trim(), row).toBeTruthy();
    }
    for (const term of glossary) {
      expect(term.malay.length, term.english[0]).toBeGreaterThan(0);
      expect(term.chinese.length, term.english[0]).toBeGreaterThan(0);
    }
  });

  it("recognises a term as a whole word, and not inside the phrases it excludes", () => {
    const signed = glossary.find((term) => term.english[0] === "signed");
    expect(signed && usesTerm("Signed on 16 April", signed)).toBe(true);
    expect(signed && usesTerm("You are signed in as {name}", signed)).toBe(false);
    const milestone = glossary.find((term) => term.english[0] === "milestone");
    expect(milestone && usesTerm("Overdue milestones", milestone)).toBe(true);
    expect(milestone && usesTerm("Milestoned", milestone)).toBe(false);
  });
});

describe("every message follows the glossary", () => {
  for (const term of glossary) {
    it(`uses “${term.malay[0]}” and “${term.chinese[0]}” wherever English says “${term.english[0]}”`, () => {
      const misses: string[] = [];
      for (const [key, english] of Object.entries(en)) {
        if (!usesTerm(english, term)) continue;
        if (!hasAny(ms[key] ?? "", term.malay)) misses.push(`ms ${key}: ${ms[key]}`);
        if (!hasAny(zh[key] ?? "", term.chinese)) misses.push(`zh ${key}: ${zh[key]}`);
      }
      expect(misses).toEqual([]);
    });
  }
});
