// Turns the agreement form's input into rows to write, checking every reference against the
// database (organisations, people, signing event, related agreements) and the rules that need
// it (both sides represented, the officer's own organisation included, dates in order).
import "server-only";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { canRecordAgreementWithParties } from "@/lib/permissions";
import type { CreateAgreementInput } from "@/lib/schemas/agreement";
import { expiryFromDuration, findDateProblems } from "./expiry";

type Side = "MALAYSIA" | "CHINA";

export interface ResolvedAgreement {
  parties: { organisationId: string; side: Side; order: number }[];
  signatories: { personId: string; organisationId: string; side: Side; titleEn: string | null; titleMs: string | null; titleZh: string | null; order: number }[];
  relations: { toAgreementId: string; type: "RENEWS" | "AMENDS" | "SUPERSEDES" }[];
  /** null: no event; "new": create one from `newEvent`; else an existing event's id. */
  signingEvent: { kind: "none" } | { kind: "existing"; id: string } | { kind: "new"; date: Date; placeEn: string; placeMs: string | null; placeZh: string | null; witnessIds: string[] };
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
}

const blankToNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export async function resolveAgreementInput(user: SessionUser, input: CreateAgreementInput, selfId?: string): Promise<ResolvedAgreement> {
  const partyIds = [...new Set(input.partyIds)];
  const signatoryRows = input.signatories.map((row, index) => ({ ...row, index })).filter((row) => row.personId);
  const relationRows = input.relations.map((row, index) => ({ ...row, index })).filter((row) => row.agreementId);
  const existingEventId = input.signingEventId && input.signingEventId !== "new" ? input.signingEventId : null;

  const [organisations, people, event, related, witnesses] = await Promise.all([
    db.organisation.findMany({
      where: { id: { in: [...partyIds, ...signatoryRows.map((row) => row.organisationId)] } },
      select: { id: true, side: true, isRetired: true },
    }),
    db.person.findMany({ where: { id: { in: signatoryRows.map((row) => row.personId) } }, select: { id: true, isRetired: true } }),
    existingEventId ? db.signingEvent.findUnique({ where: { id: existingEventId }, select: { id: true, date: true } }) : null,
    db.agreement.findMany({ where: { id: { in: relationRows.map((row) => row.agreementId) } }, select: { id: true } }),
    input.signingEventId === "new" ? db.person.findMany({ where: { id: { in: input.newEventWitnessIds }, isRetired: false }, select: { id: true } }) : [],
  ]);
  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]));

  const parties = partyIds.map((organisationId, order) => {
    const organisation = organisationById.get(organisationId);
    if (!organisation || organisation.isRetired) throw new RuleError("errors.unknownOrganisation", "partyIds");
    return { organisationId, side: organisation.side, order };
  });
  const sides = new Set(parties.map((party) => party.side));
  if (!sides.has("MALAYSIA") || !sides.has("CHINA")) throw new RuleError("agreements.errors.bothSides", "partyIds");
  if (!canRecordAgreementWithParties(user, partyIds)) throw new RuleError("agreements.errors.mustIncludeOwnOrganisation", "partyIds");

  const personIds = new Set(people.filter((person) => !person.isRetired).map((person) => person.id));
  const seenPeople = new Set<string>();
  const signatories = signatoryRows.map((row, order) => {
    if (!personIds.has(row.personId) || seenPeople.has(row.personId)) throw new RuleError("agreements.errors.unknownPerson", `signatories[${row.index}].personId`);
    seenPeople.add(row.personId);
    const organisation = organisationById.get(row.organisationId);
    if (!organisation || !partyIds.includes(row.organisationId)) {
      throw new RuleError("agreements.errors.signatoryNotParty", `signatories[${row.index}].organisationId`);
    }
    return {
      personId: row.personId,
      organisationId: row.organisationId,
      side: organisation.side,
      titleEn: blankToNull(row.titleEn),
      titleMs: blankToNull(row.titleMs),
      titleZh: blankToNull(row.titleZh),
      order,
    };
  });

  const relatedIds = new Set(related.map((row) => row.id));
  const seenRelations = new Set<string>();
  const relations = relationRows.flatMap((row) => {
    if (!relatedIds.has(row.agreementId) || row.agreementId === selfId) throw new RuleError("agreements.errors.unknownAgreement", `relations[${row.index}].agreementId`);
    if (row.type === "") throw new RuleError("errors.required", `relations[${row.index}].type`);
    const key = `${row.type}:${row.agreementId}`;
    if (seenRelations.has(key)) return [];
    seenRelations.add(key);
    return [{ toAgreementId: row.agreementId, type: row.type }];
  });

  let signingEvent: ResolvedAgreement["signingEvent"] = { kind: "none" };
  let eventDate: Date | null = null;
  if (input.signingEventId === "new") {
    if (!input.newEventDate || !input.newEventPlaceEn) throw new RuleError("errors.required", "newEventDate");
    if (witnesses.length !== new Set(input.newEventWitnessIds).size) throw new RuleError("agreements.errors.unknownPerson", "newEventWitnessIds");
    signingEvent = { kind: "new", date: input.newEventDate, placeEn: input.newEventPlaceEn, placeMs: input.newEventPlaceMs, placeZh: input.newEventPlaceZh, witnessIds: witnesses.map((row) => row.id) };
    eventDate = input.newEventDate;
  } else if (existingEventId) {
    if (!event) throw new RuleError("agreements.errors.unknownEvent", "signingEventId");
    signingEvent = { kind: "existing", id: event.id };
    eventDate = event.date;
  }

  // The instrument's own signing date defaults to its ceremony's.
  const signedOn = input.signedOn ?? eventDate;
  const effectiveOn = input.effectiveOn;
  const expiresOn = input.expiresOn ?? expiryFromDuration(effectiveOn ?? signedOn, input.durationMonths);
  const [problem] = findDateProblems({ signedOn, effectiveOn, expiresOn });
  if (problem) throw new RuleError(problem.messageKey, input.expiresOn || problem.field === "effectiveOn" ? problem.field : "durationMonths");

  return { parties, signatories, relations, signingEvent, signedOn, effectiveOn, expiresOn };
}
