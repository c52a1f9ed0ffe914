// The rules of an agreement's language texts: how clauses line up across languages, and what a
// change does to the sides' sign-offs. Pure, shared by the actions, the reader and the tests.
export type TextLanguage = "en" | "ms" | "zh";
export const textLanguages: readonly TextLanguage[] = ["en", "ms", "zh"];

export interface SignOffs {
  malaysiaSignedOffAt: Date | null;
  malaysiaSignedOffById: string | null;
  chinaSignedOffAt: Date | null;
  chinaSignedOffById: string | null;
}

export const noSignOffs: SignOffs = { malaysiaSignedOffAt: null, malaysiaSignedOffById: null, chinaSignedOffAt: null, chinaSignedOffById: null };

export function hasSignOff(text: SignOffs): boolean {
  return text.malaysiaSignedOffAt !== null || text.chinaSignedOffAt !== null;
}

/**
 * The sign-off columns after an edit: a sign-off agreed the text as it stood, so any change to
 * it (standing, document, a clause) clears both; an edit that changed nothing keeps them.
 */
export function signOffsAfterEdit(text: SignOffs, options: { changed: boolean }): SignOffs {
  if (!options.changed) {
    const { malaysiaSignedOffAt, malaysiaSignedOffById, chinaSignedOffAt, chinaSignedOffById } = text;
    return { malaysiaSignedOffAt, malaysiaSignedOffById, chinaSignedOffAt, chinaSignedOffById };
  }
  return noSignOffs;
}

/** Only a translation is signed off: the authentic texts were agreed by signing the instrument. */
export function canBeSignedOff(text: { standing: "AUTHENTIC" | "TRANSLATION" }): boolean {
  return text.standing === "TRANSLATION";
}

/** Orders clause numbers as a reader would: "2" before "10", "3" before "3.1" before "3.2". */
export function compareClauseNumbers(a: string, b: string): number {
  const pa = a.split(/[.\s-]+/);
  const pb = b.split(/[.\s-]+/);
  for (let index = 0; index < Math.max(pa.length, pb.length); index += 1) {
    const [x, y] = [pa[index], pb[index]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = x.localeCompare(y, "en", { numeric: true });
    if (order !== 0) return order;
  }
  return 0;
}

export interface ClauseRow<Clause> {
  number: string;
  /** The clause in each language that has it; a language missing the clause is absent. */
  byLanguage: Partial<Record<TextLanguage, Clause>>;
}

/** One row per clause number found in any language, in reading order. */
export function alignClauses<Clause extends { number: string }>(texts: readonly { language: TextLanguage; clauses: readonly Clause[] }[]): ClauseRow<Clause>[] {
  const rows = new Map<string, ClauseRow<Clause>>();
  for (const text of texts) {
    for (const clause of text.clauses) {
      const row = rows.get(clause.number) ?? { number: clause.number, byLanguage: {} };
      row.byLanguage[text.language] = clause;
      rows.set(clause.number, row);
    }
  }
  return [...rows.values()].sort((a, b) => compareClauseNumbers(a.number, b.number));
}
