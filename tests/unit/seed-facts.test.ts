// The seed states no more than its source: every fact marked stated appears, word for word, in
// the sentence it cites, every cited sentence is in the source report, and inferred facts give
// their reasoning in three languages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agreements, factPeople, factSources, signingEvent } from "@/prisma/seed/facts";
import { SOURCE_FILE, sourceSentences } from "@/prisma/seed/source";

const sourceText = readFileSync(path.join(import.meta.dirname, "../../prisma/seed/source", SOURCE_FILE), "utf8");
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
const source = normalise(sourceText);

describe("the source sentences", () => {
  it.each(Object.entries(sourceSentences))("quotes %s verbatim from the report", (_key, sentence) => {
    expect(source).toContain(normalise(sentence));
  });
});

describe("each seeded fact", () => {
  it("cites a sentence of the report", () => {
    expect(factSources.length).toBeGreaterThan(30);
    for (const fact of factSources) expect(source, fact.id).toContain(normalise(fact.sentence));
  });

  it("marked stated, appears in the sentence it cites", () => {
    const stated = factSources.filter((fact) => fact.standing === "STATED");
    expect(stated.length).toBeGreaterThan(20);
    for (const fact of stated) expect(normalise(fact.sentence).toLowerCase(), fact.id).toContain(normalise(fact.value).toLowerCase());
  });

  it("marked inferred, gives its reasoning in English, Malay and Chinese", () => {
    const inferred = factSources.filter((fact) => fact.standing === "INFERRED");
    expect(inferred.length).toBeGreaterThan(0);
    for (const fact of inferred) {
      expect(fact.reasoning?.en, fact.id).toBeTruthy();
      expect(fact.reasoning?.ms, fact.id).toBeTruthy();
      expect(fact.reasoning?.zh, fact.id).toBeTruthy();
    }
  });

  it("is described once per record and field", () => {
    const keys = factSources.map((fact) => `${fact.entityType}:${fact.entityId}:${fact.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("what the report does not say stays unsaid", () => {
  it("gives the signing no place: Putrajaya is only the report's dateline", () => {
    expect(signingEvent.place).toBeNull();
  });

  it("records the MoUs as exchanged, not signed, by the two ministers", () => {
    for (const agreement of [agreements.digitalEconomy, agreements.ai]) {
      expect(agreement.exchangedBy.map((row) => factPeople[row.person].name)).toEqual(["Gobind Singh Deo", "Zheng Shanjie"]);
    }
  });

  it("does not put the Letter of Intent at the MoUs' ceremony nor give it a date", () => {
    expect(agreements.loi.signingEventId).toBeNull();
    expect(agreements.loi.signedOn).toBeNull();
    expect(agreements.loi.exchangedBy).toEqual([]);
  });

  it("never calls the working group established, nor invents titles in 《》", () => {
    const seedText = readFileSync(path.join(import.meta.dirname, "../../prisma/seed/facts.ts"), "utf8");
    expect(seedText).not.toMatch(/[《》]/);
    expect(seedText).not.toMatch(/Established under|Ditubuhkan di bawah|根据.{0,40}设立/);
  });
});
