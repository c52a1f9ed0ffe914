// Where a seeded fact comes from (FactSource rows): pure lookups for the pages that show facts.
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";

export type FactSourceRow = {
  entityType: string;
  entityId: string;
  field: string;
  standing: "STATED" | "INFERRED";
  value: string | null;
  sourceSentence: string;
  reasoningEn: string | null;
  reasoningMs: string | null;
  reasoningZh: string | null;
};

export type FactStandingView = { standing: "STATED" | "INFERRED"; sentence: string; reasoning: string | null };

export const factSourceSelect = {
  entityType: true,
  entityId: true,
  field: true,
  standing: true,
  value: true,
  sourceSentence: true,
  reasoningEn: true,
  reasoningMs: true,
  reasoningZh: true,
} as const;

/**
 * The standing of one field, or null. A value a user has since changed no longer matches what
 * was recorded from the source, so it claims no standing.
 */
export function factStanding(
  sources: readonly FactSourceRow[],
  target: { entityType: string; entityId: string; field: string; currentValue: string | null },
  locale: Locale,
): FactStandingView | null {
  const source = sources.find((row) => row.entityType === target.entityType && row.entityId === target.entityId && row.field === target.field);
  if (!source || source.value !== target.currentValue) return null;
  return {
    standing: source.standing,
    sentence: source.sourceSentence,
    reasoning: source.standing === "INFERRED" ? localized(source, "reasoning", locale) || null : null,
  };
}
