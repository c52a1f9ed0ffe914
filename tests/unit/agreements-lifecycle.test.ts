import { describe, expect, it } from "vitest";
import { agreementStatuses, checkTransition, isTerminalStatus, nextStatuses, type AgreementStatus } from "@/lib/agreements/lifecycle";

const signedOn = new Date("2025-04-16T00:00:00Z");

describe("agreement lifecycle", () => {
  it("allows exactly the sensible moves", () => {
    const table = Object.fromEntries(agreementStatuses.map((status) => [status, [...nextStatuses(status)]]));
    expect(table).toEqual({
      DRAFT: ["SIGNED"],
      SIGNED: ["IN_FORCE", "TERMINATED"],
      IN_FORCE: ["EXPIRED", "TERMINATED", "SUPERSEDED"],
      EXPIRED: [],
      TERMINATED: [],
      SUPERSEDED: [],
    });
  });

  it.each(["EXPIRED", "TERMINATED", "SUPERSEDED"] as const)("treats %s as final", (status) => {
    expect(isTerminalStatus(status)).toBe(true);
    for (const to of agreementStatuses) expect(checkTransition({ status, signedOn }, to)).toEqual({ ok: false, reason: "notAllowed" });
  });

  it("refuses skipping steps and going back", () => {
    const refused: [AgreementStatus, AgreementStatus][] = [
      ["DRAFT", "IN_FORCE"],
      ["DRAFT", "EXPIRED"],
      ["SIGNED", "DRAFT"],
      ["SIGNED", "SUPERSEDED"],
      ["IN_FORCE", "SIGNED"],
      ["IN_FORCE", "IN_FORCE"],
    ];
    for (const [from, to] of refused) expect(checkTransition({ status: from, signedOn }, to)).toEqual({ ok: false, reason: "notAllowed" });
  });

  it("needs a signing date to become signed", () => {
    expect(checkTransition({ status: "DRAFT", signedOn: null }, "SIGNED")).toEqual({ ok: false, reason: "needsSignedOn" });
    expect(checkTransition({ status: "DRAFT", signedOn }, "SIGNED")).toEqual({ ok: true });
    expect(checkTransition({ status: "SIGNED", signedOn }, "IN_FORCE")).toEqual({ ok: true });
    expect(checkTransition({ status: "IN_FORCE", signedOn }, "SUPERSEDED")).toEqual({ ok: true });
  });
});
