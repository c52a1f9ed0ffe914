// The agreement as the form edits it: plain strings, so the server page can hand it to the
// client form and a refused submission can be shown again exactly as typed.
import { toIsoDate } from "@/lib/format";

export interface AgreementFormValues {
  id: string;
  version: number;
  type: string;
  titleEn: string;
  titleMs: string;
  titleZh: string;
  summaryEn: string;
  summaryMs: string;
  summaryZh: string;
  signingEventId: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  durationMonths: string;
  autoRenewMonths: string;
  noticeDays: string;
  partyIds: string[];
  signatories: { personId: string; organisationId: string; titleEn: string; titleMs: string; titleZh: string }[];
  relations: { type: string; agreementId: string }[];
}

export interface AgreementFormChoices {
  organisations: { id: string; label: string }[];
  /** `label` for the witness list (name — title); `name` and `detail` as the person combobox shows them. */
  people: { id: string; label: string; name: string; detail?: string }[];
  events: { id: string; label: string }[];
  agreements: { id: string; label: string }[];
}

type Editable = {
  id: string;
  version: number;
  type: string;
  titleEn: string;
  titleMs: string | null;
  titleZh: string | null;
  summaryEn: string | null;
  summaryMs: string | null;
  summaryZh: string | null;
  signingEventId: string | null;
  signedOn: Date | null;
  effectiveOn: Date | null;
  expiresOn: Date | null;
  durationMonths: number | null;
  autoRenewMonths: number | null;
  noticeDays: number | null;
  parties: { organisationId: string }[];
  signatories: { personId: string; organisationId: string; titleEn: string | null; titleMs: string | null; titleZh: string | null }[];
  relationsFrom: { type: string; toAgreementId: string }[];
};

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));
const date = (value: Date | null) => (value ? toIsoDate(value) : "");

export function toAgreementFormValues(agreement: Editable): AgreementFormValues {
  return {
    id: agreement.id,
    version: agreement.version,
    type: agreement.type,
    titleEn: agreement.titleEn,
    titleMs: text(agreement.titleMs),
    titleZh: text(agreement.titleZh),
    summaryEn: text(agreement.summaryEn),
    summaryMs: text(agreement.summaryMs),
    summaryZh: text(agreement.summaryZh),
    signingEventId: text(agreement.signingEventId),
    signedOn: date(agreement.signedOn),
    effectiveOn: date(agreement.effectiveOn),
    expiresOn: date(agreement.expiresOn),
    durationMonths: text(agreement.durationMonths),
    autoRenewMonths: text(agreement.autoRenewMonths),
    noticeDays: text(agreement.noticeDays),
    partyIds: agreement.parties.map((party) => party.organisationId),
    signatories: agreement.signatories.map((row) => ({ personId: row.personId, organisationId: row.organisationId, titleEn: text(row.titleEn), titleMs: text(row.titleMs), titleZh: text(row.titleZh) })),
    relations: agreement.relationsFrom.map((row) => ({ type: row.type, agreementId: row.toAgreementId })),
  };
}
