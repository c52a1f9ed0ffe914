// The IATI 2.03 activity file (https://iatistandard.org/en/iati-standard/203/activity-standard/):
// one <iati-activity> per agreement, built from plain records so the mapping is testable without
// a database. Element order follows the schema's sequence (it is validated with xmllint against
// the official schema in tests/integration/iati-export.test.ts). Codes used, from IATI codelists:
// OrganisationRole 2 (accountable: the parties) and 4 (implementing: milestone owners);
// ActivityStatus; ActivityDateType 1-4; DocumentCategory A09 (memorandum of understanding) and
// A12 (activity web page); RelatedActivityType 3 (sibling: renews, amends, supersedes);
// ResultType 2 (outcome: a cooperation area); IndicatorMeasure 1 (unit).
import { element, xmlDocument, type XmlElement } from "./xml";
import { isoDay, today as calendarDayOf } from "@/lib/dates";

export type IatiLanguage = "en" | "ms" | "zh";
/** A text in the languages it is held in (English always). */
export type IatiText = { en: string; ms?: string | null; zh?: string | null };
export type IatiOrganisationKind = "MINISTRY" | "AGENCY" | "CORPORATION" | "UNIVERSITY" | "OTHER";
export type IatiAgreementStatus = "DRAFT" | "SIGNED" | "IN_FORCE" | "EXPIRED" | "TERMINATED" | "SUPERSEDED";

export interface IatiOrganisation {
  name: IatiText;
  kind: IatiOrganisationKind;
}

export interface IatiIndicator {
  title: IatiText;
  description: IatiText | null;
  unit: string | null;
  startOn: Date;
  targetOn: Date;
  baseline: string | null;
  target: string | null;
  /** Reported actual values, oldest first (a correction is a later report). */
  actuals: { reportedOn: Date; value: string }[];
}

export interface IatiAgreement {
  id: string;
  status: IatiAgreementStatus;
  title: IatiText;
  summary: IatiText | null;
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  updatedAt: Date;
  parties: IatiOrganisation[];
  implementers: IatiOrganisation[];
  /** External links only: stored files are served to signed-in users alone. */
  documents: { title: string; url: string }[];
  /** The public page, when the agreement is published. */
  publicUrl: string | null;
  relatedAgreementIds: string[];
  areas: { title: IatiText; description: IatiText | null; indicators: IatiIndicator[] }[];
}

export interface IatiFileInput {
  /** The reporting organisation's identifier, which prefixes every activity identifier. */
  organisationPrefix: string;
  reportingOrganisationName: string;
  generatedAt: Date;
  today: Date;
  agreements: IatiAgreement[];
}

const statusCodes: Record<IatiAgreementStatus, string> = {
  DRAFT: "1", // pipeline/identification
  SIGNED: "1", // signed, not yet in force
  IN_FORCE: "2", // implementation
  EXPIRED: "4", // closed
  SUPERSEDED: "4",
  TERMINATED: "5", // cancelled
};

const organisationTypes: Record<IatiOrganisationKind, string> = {
  MINISTRY: "10", // government
  AGENCY: "10",
  CORPORATION: "15", // other public sector
  UNIVERSITY: "80", // academic, training and research
  OTHER: "90",
};


export function iatiIdentifier(prefix: string, agreementId: string): string {
  return `${prefix}-${agreementId}`;
}

function narratives(text: IatiText): XmlElement[] {
  const languages: IatiLanguage[] = ["en", "ms", "zh"];
  return languages.flatMap((language) => {
    const value = text[language]?.trim();
    return value ? [element("narrative", { "xml:lang": language }, [value])] : [];
  });
}

function organisation(name: string, role: string, org: IatiOrganisation): XmlElement {
  return element(name, { role, type: organisationTypes[org.kind] }, narratives(org.name));
}

/** Start: the date it took effect, else the signature; end: the expiry (actual once it has passed and the agreement ended). */
function activityDates(agreement: IatiAgreement, today: Date): XmlElement[] {
  const dates: XmlElement[] = [];
  const start = agreement.effectiveOn ?? agreement.signedOn;
  if (start) dates.push(element("activity-date", { type: start <= today && agreement.status !== "DRAFT" ? "2" : "1", "iso-date": isoDay(start) }));
  if (agreement.expiresOn) {
    const hasEnded = agreement.expiresOn <= today && ["EXPIRED", "TERMINATED", "SUPERSEDED"].includes(agreement.status);
    dates.push(element("activity-date", { type: hasEnded ? "4" : "3", "iso-date": isoDay(agreement.expiresOn) }));
  }
  // The schema needs one date; an undated draft reports when it was last changed as planned start.
  if (dates.length === 0) dates.push(element("activity-date", { type: "1", "iso-date": isoDay(calendarDayOf(agreement.updatedAt)) }));
  return dates;
}

function documentFormat(url: string): string {
  return /\.pdf($|\?)/i.test(url) ? "application/pdf" : "text/html";
}

function documentLinks(agreement: IatiAgreement): XmlElement[] {
  const links = agreement.documents.map((document) =>
    element("document-link", { url: document.url, format: documentFormat(document.url) }, [
      element("title", {}, [element("narrative", { "xml:lang": "en" }, [document.title])]),
      element("category", { code: "A09" }),
      agreement.signedOn ? element("document-date", { "iso-date": isoDay(agreement.signedOn) }) : null,
    ]),
  );
  if (agreement.publicUrl) {
    links.push(
      element("document-link", { url: agreement.publicUrl, format: "text/html" }, [
        element("title", {}, narratives(agreement.title)),
        element("category", { code: "A12" }),
      ]),
    );
  }
  return links;
}

/** One reporting period per calendar year from the start: the target in the target's year, the latest actual of each year. */
function periods(indicator: IatiIndicator): XmlElement[] {
  const firstYear = indicator.startOn.getUTCFullYear();
  const lastActual = indicator.actuals.at(-1)?.reportedOn.getUTCFullYear() ?? firstYear;
  const lastYear = Math.max(indicator.targetOn.getUTCFullYear(), lastActual);
  const result: XmlElement[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const hasTarget = indicator.target !== null && indicator.targetOn.getUTCFullYear() === year;
    const actual = indicator.actuals.filter((entry) => entry.reportedOn.getUTCFullYear() === year).at(-1);
    if (!hasTarget && !actual) continue;
    const start = year === firstYear ? isoDay(indicator.startOn) : `${year}-01-01`;
    result.push(
      element("period", {}, [
        element("period-start", { "iso-date": start }),
        element("period-end", { "iso-date": `${year}-12-31` }),
        hasTarget ? element("target", { value: indicator.target }) : null,
        actual ? element("actual", { value: actual.value }) : null,
      ]),
    );
  }
  return result;
}

function indicatorElement(indicator: IatiIndicator): XmlElement {
  return element("indicator", { measure: "1", ascending: "1" }, [
    element("title", {}, narratives(indicator.unit ? { ...indicator.title, en: `${indicator.title.en} (${indicator.unit})` } : indicator.title)),
    indicator.description ? element("description", {}, narratives(indicator.description)) : null,
    indicator.baseline !== null
      ? element("baseline", { year: indicator.startOn.getUTCFullYear(), "iso-date": isoDay(indicator.startOn), value: indicator.baseline })
      : null,
    ...periods(indicator),
  ]);
}

function results(agreement: IatiAgreement): XmlElement[] {
  // A result needs at least one indicator: areas without measured milestones are not reported.
  return agreement.areas
    .filter((area) => area.indicators.length > 0)
    .map((area) =>
      element("result", { type: "2" }, [
        element("title", {}, narratives(area.title)),
        area.description ? element("description", {}, narratives(area.description)) : null,
        ...area.indicators.map(indicatorElement),
      ]),
    );
}

function activity(input: IatiFileInput, agreement: IatiAgreement): XmlElement {
  return element("iati-activity", { "xml:lang": "en", "last-updated-datetime": agreement.updatedAt.toISOString() }, [
    element("iati-identifier", {}, [iatiIdentifier(input.organisationPrefix, agreement.id)]),
    element("reporting-org", { ref: input.organisationPrefix, type: "10" }, [element("narrative", { "xml:lang": "en" }, [input.reportingOrganisationName])]),
    element("title", {}, narratives(agreement.title)),
    element("description", { type: "1" }, narratives(agreement.summary ?? agreement.title)),
    ...agreement.parties.map((party) => organisation("participating-org", "2", party)),
    ...agreement.implementers.map((org) => organisation("participating-org", "4", org)),
    element("activity-status", { code: statusCodes[agreement.status] }),
    ...activityDates(agreement, input.today),
    ...documentLinks(agreement),
    ...agreement.relatedAgreementIds.map((id) => element("related-activity", { ref: iatiIdentifier(input.organisationPrefix, id), type: "3" })),
    ...results(agreement),
    // IATI 2.03 has no date type for a signature: it travels in this app's own namespace, which the schema allows at the end.
    agreement.signedOn ? element("mou:signed", { "iso-date": isoDay(agreement.signedOn) }) : null,
  ]);
}

export const mouNamespace = "urn:mou-tracker:iati-extension:1";

export function buildIatiActivityFile(input: IatiFileInput): string {
  return xmlDocument(
    element("iati-activities", { version: "2.03", "generated-datetime": input.generatedAt.toISOString(), "xmlns:mou": mouNamespace }, input.agreements.map((agreement) => activity(input, agreement))),
  );
}
