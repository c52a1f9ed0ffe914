// The rules of language texts: a change clears both sides' sign-offs (an edit that changes nothing
// keeps them), only translations are signed off, clauses line up by number across languages,
// and who may sign off or record a side's steps.
import { describe, expect, it } from "vitest";
import { alignClauses, canBeSignedOff, compareClauseNumbers, hasSignOff, noSignOffs, signOffsAfterEdit } from "@/lib/agreements/texts";
import { canEditAgreementTexts, canRecordDomesticStep, canSignOffTranslation } from "@/lib/permissions";

const signed = { malaysiaSignedOffAt: new Date("2025-05-01T02:00:00Z"), malaysiaSignedOffById: "u-my", chinaSignedOffAt: new Date("2025-05-02T02:00:00Z"), chinaSignedOffById: "u-cn" };

describe("sign-offs", () => {
  it("are lost when the text changes", () => {
    expect(signOffsAfterEdit(signed, { changed: true })).toEqual(noSignOffs);
    expect(hasSignOff(signOffsAfterEdit(signed, { changed: true }))).toBe(false);
  });
  it("are kept by an edit that changes nothing", () => {
    expect(signOffsAfterEdit(signed, { changed: false })).toEqual(signed);
    expect(hasSignOff(signed)).toBe(true);
    expect(hasSignOff({ ...noSignOffs, chinaSignedOffAt: new Date(), chinaSignedOffById: "u" })).toBe(true);
  });
  it("are given to translations only", () => {
    expect(canBeSignedOff({ standing: "TRANSLATION" })).toBe(true);
    expect(canBeSignedOff({ standing: "AUTHENTIC" })).toBe(false);
  });
});

describe("clause alignment", () => {
  it("orders clause numbers as a reader would", () => {
    expect(["10", "2", "3.1", "3", "3.10", "3.2", "1"].sort(compareClauseNumbers)).toEqual(["1", "2", "3", "3.1", "3.2", "3.10", "10"]);
  });
  it("gives one row per number, with the languages that have it and none for those that lack it", () => {
    const rows = alignClauses([
      { language: "en", clauses: [{ number: "2" }, { number: "1" }, { number: "3" }] },
      { language: "zh", clauses: [{ number: "1" }, { number: "2" }] },
      { language: "ms", clauses: [{ number: "3" }, { number: "1" }, { number: "4" }] },
    ]);
    expect(rows.map((row) => row.number)).toEqual(["1", "2", "3", "4"]);
    expect(Object.keys(rows[1]?.byLanguage ?? {}).sort()).toEqual(["en", "zh"]);
    expect(rows[3]?.byLanguage.en).toBeUndefined();
    expect(rows[3]?.byLanguage.ms).toEqual({ number: "4" });
  });
});

describe("permissions", () => {
  const parties = [
    { organisationId: "org-my", side: "MALAYSIA" },
    { organisationId: "org-cn", side: "CHINA" },
  ] as const;
  const agreement = { parties, partyOrganisationIds: ["org-my", "org-cn"] };
  const actor = (role: "ADMIN" | "MANAGER" | "OFFICER" | "WG_MEMBER", organisationId: string | null) => ({ id: "u", role, organisationId, personId: null });

  it("a translation is signed off for a country only by an officer of that country's party", () => {
    expect(canSignOffTranslation(actor("OFFICER", "org-my"), agreement, "MALAYSIA")).toBe(true);
    expect(canSignOffTranslation(actor("OFFICER", "org-my"), agreement, "CHINA")).toBe(false);
    expect(canSignOffTranslation(actor("OFFICER", "org-cn"), agreement, "CHINA")).toBe(true);
    expect(canSignOffTranslation(actor("OFFICER", "org-other"), agreement, "MALAYSIA")).toBe(false);
    expect(canSignOffTranslation(actor("ADMIN", "org-my"), agreement, "MALAYSIA")).toBe(false);
    expect(canSignOffTranslation(actor("MANAGER", "org-my"), agreement, "MALAYSIA")).toBe(false);
    expect(canSignOffTranslation(actor("WG_MEMBER", "org-my"), agreement, "MALAYSIA")).toBe(false);
    expect(canSignOffTranslation(actor("OFFICER", null), agreement, "MALAYSIA")).toBe(false);
  });
  it("a country's domestic steps are recorded by its party's officers and administrators", () => {
    expect(canRecordDomesticStep(actor("OFFICER", "org-cn"), agreement, "CHINA")).toBe(true);
    expect(canRecordDomesticStep(actor("OFFICER", "org-cn"), agreement, "MALAYSIA")).toBe(false);
    expect(canRecordDomesticStep(actor("ADMIN", null), agreement, "MALAYSIA")).toBe(true);
    expect(canRecordDomesticStep(actor("MANAGER", "org-my"), agreement, "MALAYSIA")).toBe(false);
    expect(canRecordDomesticStep(actor("WG_MEMBER", "org-my"), agreement, "MALAYSIA")).toBe(false);
  });
  it("texts are edited by whoever edits the agreement", () => {
    expect(canEditAgreementTexts(actor("OFFICER", "org-cn"), agreement)).toBe(true);
    expect(canEditAgreementTexts(actor("OFFICER", "org-other"), agreement)).toBe(false);
    expect(canEditAgreementTexts(actor("MANAGER", null), agreement)).toBe(false);
  });
});
