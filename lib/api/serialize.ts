// Database rows → the shapes in lib/api/schemas.ts: every language held, days as YYYY-MM-DD.
import { isoDay } from "@/lib/dates";
import type { ApiActionItem, ApiAgreement, ApiCooperationArea, ApiMeeting, ApiMilestone, ApiNotification, ApiProgressUpdate } from "./schemas";

type Texts<Base extends string> = { [K in `${Base}En`]: string | null } & { [K in `${Base}Ms` | `${Base}Zh`]: string | null };
type DecimalLike = { toNumber(): number } | null;

export function texts<Base extends string>(row: Texts<Base>, base: Base) {
  const read = (suffix: "En" | "Ms" | "Zh") => (row as Record<string, string | null>)[`${base}${suffix}`] ?? null;
  return { en: read("En"), ms: read("Ms"), zh: read("Zh") };
}

const dayOrNull = (value: Date | null) => (value ? isoDay(value) : null);
const num = (value: DecimalLike) => (value ? value.toNumber() : null);

export const agreementApiSelect = {
  id: true, type: true, status: true, titleEn: true, titleMs: true, titleZh: true, summaryEn: true, summaryMs: true, summaryZh: true,
  signedOn: true, effectiveOn: true, expiresOn: true, archivedAt: true, version: true, updatedAt: true,
  parties: { orderBy: { order: "asc" }, select: { side: true, organisation: { select: { id: true, acronym: true, nameEn: true, nameMs: true, nameZh: true } } } },
} as const;

type AgreementRow = {
  id: string; type: ApiAgreement["type"]; status: ApiAgreement["status"]; titleEn: string; titleMs: string | null; titleZh: string | null;
  summaryEn: string | null; summaryMs: string | null; summaryZh: string | null; signedOn: Date | null; effectiveOn: Date | null; expiresOn: Date | null;
  archivedAt: Date | null; version: number; updatedAt: Date;
  parties: { side: "MALAYSIA" | "CHINA"; organisation: { id: string; acronym: string | null; nameEn: string; nameMs: string | null; nameZh: string | null } }[];
};

export function toApiAgreement(row: AgreementRow): ApiAgreement {
  return {
    id: row.id, type: row.type, status: row.status, title: texts(row, "title"), summary: texts(row, "summary"),
    signedOn: dayOrNull(row.signedOn), effectiveOn: dayOrNull(row.effectiveOn), expiresOn: dayOrNull(row.expiresOn), archived: row.archivedAt !== null,
    parties: row.parties.map((party) => ({ organisationId: party.organisation.id, acronym: party.organisation.acronym, name: texts(party.organisation, "name"), side: party.side })),
    version: row.version, updatedAt: row.updatedAt.toISOString(),
  };
}

export const areaApiSelect = {
  id: true, agreementId: true, number: true, clauseRef: true, titleEn: true, titleMs: true, titleZh: true, clauseTextEn: true, clauseTextMs: true, clauseTextZh: true, isRetired: true, version: true, updatedAt: true,
} as const;

export function toApiArea(row: { id: string; agreementId: string; number: number; clauseRef: string | null; titleEn: string; titleMs: string | null; titleZh: string | null; clauseTextEn: string | null; clauseTextMs: string | null; clauseTextZh: string | null; isRetired: boolean; version: number; updatedAt: Date }): ApiCooperationArea {
  return { id: row.id, agreementId: row.agreementId, number: row.number, clauseRef: row.clauseRef, title: texts(row, "title"), clauseText: texts(row, "clauseText"), retired: row.isRetired, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export const milestoneApiSelect = {
  id: true, agreementId: true, cooperationAreaId: true, titleEn: true, titleMs: true, titleZh: true, ownerOrganisationId: true, ownerSide: true, responsibleUserId: true,
  startOn: true, targetOn: true, status: true, percentComplete: true, lastUpdateOn: true, weight: true, indicatorUnit: true, indicatorBaseline: true, indicatorTarget: true,
  cancelledAt: true, version: true, updatedAt: true,
} as const;

export function toApiMilestone(row: {
  id: string; agreementId: string; cooperationAreaId: string; titleEn: string; titleMs: string | null; titleZh: string | null; ownerOrganisationId: string; ownerSide: ApiMilestone["ownerSide"];
  responsibleUserId: string | null; startOn: Date; targetOn: Date; status: ApiMilestone["status"]; percentComplete: number; lastUpdateOn: Date | null; weight: number;
  indicatorUnit: string | null; indicatorBaseline: DecimalLike; indicatorTarget: DecimalLike; cancelledAt: Date | null; version: number; updatedAt: Date;
}): ApiMilestone {
  return {
    id: row.id, agreementId: row.agreementId, cooperationAreaId: row.cooperationAreaId, title: texts(row, "title"), ownerOrganisationId: row.ownerOrganisationId, ownerSide: row.ownerSide,
    responsibleUserId: row.responsibleUserId, startOn: isoDay(row.startOn), targetOn: isoDay(row.targetOn), status: row.status, percentComplete: row.percentComplete,
    lastUpdateOn: dayOrNull(row.lastUpdateOn), weight: row.weight, indicator: { unit: row.indicatorUnit, baseline: num(row.indicatorBaseline), target: num(row.indicatorTarget) },
    cancelled: row.cancelledAt !== null, version: row.version, updatedAt: row.updatedAt.toISOString(),
  };
}

export const progressApiSelect = {
  id: true, milestoneId: true, reportedOn: true, percentComplete: true, indicatorActual: true, status: true, narrative: true, blockers: true, correctsUpdateId: true, authorId: true, createdAt: true,
  evidence: { select: { url: true } },
} as const;

export function toApiProgress(row: {
  id: string; milestoneId: string; reportedOn: Date; percentComplete: number; indicatorActual: DecimalLike; status: ApiProgressUpdate["status"]; narrative: string; blockers: string | null;
  correctsUpdateId: string | null; authorId: string | null; createdAt: Date; evidence: { url: string | null }[];
}): ApiProgressUpdate {
  return {
    id: row.id, milestoneId: row.milestoneId, reportedOn: isoDay(row.reportedOn), percentComplete: row.percentComplete, indicatorActual: num(row.indicatorActual), status: row.status,
    narrative: row.narrative, blockers: row.blockers, correctsUpdateId: row.correctsUpdateId, authorId: row.authorId,
    evidenceLinks: row.evidence.flatMap((item) => (item.url ? [item.url] : [])), createdAt: row.createdAt.toISOString(),
  };
}

export const actionItemApiSelect = {
  id: true, workingGroupId: true, meetingId: true, titleEn: true, titleMs: true, titleZh: true, descriptionEn: true, descriptionMs: true, descriptionZh: true, ownerSide: true,
  malaysiaOwnerId: true, chinaOwnerId: true, dueOn: true, status: true, priority: true, cooperationAreaId: true, milestoneId: true, statusReason: true, version: true, updatedAt: true,
} as const;

export function toApiActionItem(row: {
  id: string; workingGroupId: string; meetingId: string | null; titleEn: string; titleMs: string | null; titleZh: string | null; descriptionEn: string | null; descriptionMs: string | null; descriptionZh: string | null;
  ownerSide: ApiActionItem["ownerSide"]; malaysiaOwnerId: string | null; chinaOwnerId: string | null; dueOn: Date; status: ApiActionItem["status"]; priority: ApiActionItem["priority"];
  cooperationAreaId: string | null; milestoneId: string | null; statusReason: string | null; version: number; updatedAt: Date;
}): ApiActionItem {
  return {
    id: row.id, workingGroupId: row.workingGroupId, meetingId: row.meetingId, title: texts(row, "title"), description: texts(row, "description"), ownerSide: row.ownerSide,
    malaysiaOwnerId: row.malaysiaOwnerId, chinaOwnerId: row.chinaOwnerId, dueOn: isoDay(row.dueOn), status: row.status, priority: row.priority, cooperationAreaId: row.cooperationAreaId,
    milestoneId: row.milestoneId, statusReason: row.statusReason, version: row.version, updatedAt: row.updatedAt.toISOString(),
  };
}

export const meetingApiSelect = { id: true, workingGroupId: true, titleEn: true, titleMs: true, titleZh: true, startsAt: true, endsAt: true, timeZone: true, venue: true, onlineUrl: true, status: true, version: true, updatedAt: true } as const;

export function toApiMeeting(row: { id: string; workingGroupId: string; titleEn: string; titleMs: string | null; titleZh: string | null; startsAt: Date; endsAt: Date | null; timeZone: string; venue: string | null; onlineUrl: string | null; status: ApiMeeting["status"]; version: number; updatedAt: Date }): ApiMeeting {
  return { id: row.id, workingGroupId: row.workingGroupId, title: texts(row, "title"), startsAt: row.startsAt.toISOString(), endsAt: row.endsAt?.toISOString() ?? null, timeZone: row.timeZone, venue: row.venue, onlineUrl: row.onlineUrl, status: row.status, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export const notificationApiSelect = { id: true, kind: true, recordType: true, recordId: true, createdAt: true, readAt: true } as const;

export function toApiNotification(row: { id: string; kind: ApiNotification["kind"]; recordType: string; recordId: string; createdAt: Date; readAt: Date | null }): ApiNotification {
  return { id: row.id, kind: row.kind, recordType: row.recordType, recordId: row.recordId, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null };
}
