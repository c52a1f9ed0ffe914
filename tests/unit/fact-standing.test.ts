// A page shows a fact's standing only while the value is still the one recorded from the source.
import { describe, expect, it } from "vitest";
import { factStanding, type FactSourceRow } from "@/lib/facts/provenance";

const sources: FactSourceRow[] = [
  {
    entityType: "SigningEvent",
    entityId: "event",
    field: "date",
    standing: "INFERRED",
    value: "2025-04-16",
    sourceSentence: "This follows the signing of two Memoranda of Understanding (MoUs) … yesterday.",
    reasoningEn: "The report is dated 17 April 2025 and says “yesterday”.",
    reasoningMs: "Laporan bertarikh 17 April 2025 menyatakan “semalam”.",
    reasoningZh: "报道日期为2025年4月17日，称“昨天”。",
  },
  {
    entityType: "SigningWitness",
    entityId: "witness",
    field: "person",
    standing: "STATED",
    value: "Xi Jinping",
    sourceSentence: "… witnessed by Prime Minister Datuk Seri Anwar Ibrahim and Chinese President Xi Jinping.",
    reasoningEn: null,
    reasoningMs: null,
    reasoningZh: null,
  },
];

describe("factStanding", () => {
  it("gives an inferred fact's reasoning in the reader's language, with its sentence", () => {
    const standing = factStanding(sources, { entityType: "SigningEvent", entityId: "event", field: "date", currentValue: "2025-04-16" }, "zh");
    expect(standing).toEqual({ standing: "INFERRED", sentence: sources[0]?.sourceSentence, reasoning: "报道日期为2025年4月17日，称“昨天”。" });
  });

  it("gives a stated fact its sentence and no reasoning", () => {
    const standing = factStanding(sources, { entityType: "SigningWitness", entityId: "witness", field: "person", currentValue: "Xi Jinping" }, "en");
    expect(standing?.standing).toBe("STATED");
    expect(standing?.reasoning).toBeNull();
  });

  it("claims nothing once a user has changed the value, nor for a field it has no source for", () => {
    expect(factStanding(sources, { entityType: "SigningEvent", entityId: "event", field: "date", currentValue: "2025-04-17" }, "en")).toBeNull();
    expect(factStanding(sources, { entityType: "SigningEvent", entityId: "event", field: "place", currentValue: null }, "en")).toBeNull();
  });
});
