// The agreement's own columns, selected alike by the audit snapshot and the edit form so the
// history records exactly what the form can change.

/** The dates and terms: what the agreement's page shows under "Terms" and the form edits. */
export const agreementTermsSelect = {
  signedOn: true,
  effectiveOn: true,
  expiresOn: true,
  durationMonths: true,
  autoRenewMonths: true,
  noticeDays: true,
} as const;

export const agreementColumnsSelect = {
  id: true,
  version: true,
  type: true,
  status: true,
  titleEn: true,
  titleMs: true,
  titleZh: true,
  summaryEn: true,
  summaryMs: true,
  summaryZh: true,
  signingEventId: true,
  ...agreementTermsSelect,
} as const;
