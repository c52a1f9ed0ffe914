// Reads for an agreement's language texts (the clause reader) and for its domestic procedures and
// entry into force; every signed-in role reads agreements, and the page learns what the reader
// may change from lib/permissions.ts. A fixed number of queries, whatever the number of clauses.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canEditAgreementTexts, canReadAgreements, canRecordDomesticStep, canSignOffTranslation } from "@/lib/permissions";
import { localizedTitle } from "@/lib/i18n/content";
import { alignClauses, canBeSignedOff, compareClauseNumbers } from "@/lib/agreements/texts";
import { entryIntoForceDate, entrySides, ruleFromColumns, shouldProposeInForce } from "@/lib/agreements/entry-into-force";
import { isoDay, todayIso } from "@/lib/dates";

async function requireReader() {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  return user;
}

const documentSelect = { select: { id: true, title: true, file: { select: { fileName: true, sizeBytes: true } } } } as const;

export async function getAgreementTexts(id: string) {
  const user = await requireReader();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      prevailingLanguage: true,
      ...localizedTitle,
      parties: { select: { organisationId: true, side: true } },
      areas: { where: { isRetired: false }, orderBy: { number: "asc" }, select: { id: true, number: true, version: true, textClauseNumber: true, ...localizedTitle } },
      texts: {
        orderBy: { language: "asc" },
        select: {
          id: true,
          language: true,
          standing: true,
          version: true,
          malaysiaSignedOffAt: true,
          malaysiaSignedOffById: true,
          chinaSignedOffAt: true,
          chinaSignedOffById: true,
          isExample: true,
          document: documentSelect,
          clauses: { select: { id: true, number: true, heading: true, body: true, version: true } },
        },
      },
    },
  });
  if (!agreement) return null;
  const signerIds = agreement.texts.flatMap((text) => [text.malaysiaSignedOffById, text.chinaSignedOffById]).filter((value): value is string => value !== null);
  const signers = new Map(
    signerIds.length === 0 ? [] : (await db.user.findMany({ where: { id: { in: signerIds } }, select: { id: true, name: true } })).map((row) => [row.id, row.name]),
  );
  const partyOrganisationIds = agreement.parties.map((party) => party.organisationId);
  const texts = agreement.texts.map((text) => ({
    ...text,
    clauses: [...text.clauses].sort((a, b) => compareClauseNumbers(a.number, b.number)),
    malaysiaSignedOffBy: text.malaysiaSignedOffById ? (signers.get(text.malaysiaSignedOffById) ?? null) : null,
    chinaSignedOffBy: text.chinaSignedOffById ? (signers.get(text.chinaSignedOffById) ?? null) : null,
    signOffSides: canBeSignedOff(text) ? entrySides.filter((side) => canSignOffTranslation(user, agreement, side)) : [],
  }));
  return {
    ...agreement,
    texts,
    rows: alignClauses(texts),
    canEdit: canEditAgreementTexts(user, { partyOrganisationIds }),
  };
}

export async function getEntryIntoForce(id: string) {
  const user = await requireReader();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      version: true,
      signedOn: true,
      effectiveOn: true,
      entryIntoForceRule: true,
      entryIntoForceOn: true,
      entryIntoForceAfter: true,
      entryIntoForceUnit: true,
      ...localizedTitle,
      parties: { select: { organisationId: true, side: true } },
      domesticSteps: {
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, side: true, kind: true, occurredOn: true, note: true, version: true, isExample: true, document: documentSelect },
      },
    },
  });
  if (!agreement) return null;
  const rule = ruleFromColumns(agreement);
  const result = entryIntoForceDate({
    rule,
    signedOn: agreement.signedOn ? isoDay(agreement.signedOn) : null,
    steps: agreement.domesticSteps.map((step) => ({ side: step.side, kind: step.kind, on: isoDay(step.occurredOn) })),
  });
  const partyOrganisationIds = agreement.parties.map((party) => party.organisationId);
  const canEdit = canEditAgreementTexts(user, { partyOrganisationIds });
  return {
    ...agreement,
    rule,
    result,
    canEdit,
    canPropose: canEdit && shouldProposeInForce({ status: agreement.status, result, today: todayIso() }),
    recordableSides: entrySides.filter((side) => canRecordDomesticStep(user, agreement, side)),
  };
}

/** What the agreement's page says of its texts and entry into force (two small queries). */
export async function getTextsAndEntrySummary(id: string) {
  const [texts, entry] = await Promise.all([
    requireReader().then(() => db.agreementText.findMany({ where: { agreementId: id }, orderBy: { language: "asc" }, select: { language: true, standing: true } })),
    getEntryIntoForce(id),
  ]);
  if (!entry) return null;
  return { texts, result: entry.result, canPropose: entry.canPropose };
}
