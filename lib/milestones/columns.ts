// The columns a milestone's form edits, and those of a progress report: what the forms and pages
// load and what the audit trail records of each change, one list each so they cannot drift apart.
import { localizedDescription, localizedTitle } from "@/lib/i18n/content";

export const milestoneEditableColumnsSelect = {
  cooperationAreaId: true,
  ...localizedTitle,
  ...localizedDescription,
  ownerOrganisationId: true,
  ownerSide: true,
  responsibleUserId: true,
  startOn: true,
  targetOn: true,
  weight: true,
  indicatorUnit: true,
  indicatorBaseline: true,
  indicatorTarget: true,
} as const;

/** What an officer reports in one progress update: saved into the audit trail, shown in the history. */
export const progressReportColumnsSelect = {
  reportedOn: true,
  percentComplete: true,
  indicatorActual: true,
  status: true,
  narrative: true,
  blockers: true,
  correctsUpdateId: true,
} as const;
