// Reads for the IATI export: the agreements one may choose, and the chosen ones as IATI records.
// Administrators and managers only (canExportOpenData). Drafts and archived agreements are
// inside work and are never exported.
import "server-only";
import { ForbiddenError, requireUser } from "@/lib/auth/session";
import { today } from "@/lib/dates";
import { db } from "@/lib/db";
import { mailConfig } from "@/lib/jobs/mail-config";
import { buildIatiActivityFile, type IatiAgreement, type IatiOrganisation } from "@/lib/open-data/iati";
import { readOpenSettings } from "@/lib/open-data/settings";
import { canExportOpenData, canManageOpenSettings } from "@/lib/permissions";

const exportable = { status: { not: "DRAFT" }, archivedAt: null } as const;

export async function listExportableAgreements() {
  const user = await requireUser();
  if (!canExportOpenData(user)) throw new ForbiddenError();
  return db.agreement.findMany({
    where: exportable,
    orderBy: [{ signedOn: "desc" }, { titleEn: "asc" }],
    select: { id: true, titleEn: true, titleMs: true, titleZh: true, status: true, signedOn: true, publishedAt: true },
    // A selection page, not a report: the export itself takes up to 500 ticked agreements.
    take: 500,
  });
}

const organisationFields = { nameEn: true, nameMs: true, nameZh: true, kind: true } as const;
type OrganisationRow = { nameEn: string; nameMs: string | null; nameZh: string | null; kind: IatiOrganisation["kind"] };
const toOrganisation = (row: OrganisationRow): IatiOrganisation => ({ name: { en: row.nameEn, ms: row.nameMs, zh: row.nameZh }, kind: row.kind });
const decimal = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/** The IATI activity file of the chosen agreements (the ones one may not export are left out). */
export async function buildIatiExport(agreementIds: string[], now = new Date()): Promise<string> {
  const user = await requireUser();
  if (!canExportOpenData(user)) throw new ForbiddenError();
  const [settings, rows] = await Promise.all([
    readOpenSettings(db),
    db.agreement.findMany({
      where: { id: { in: agreementIds }, ...exportable },
      orderBy: { signedOn: "asc" },
      select: {
        id: true,
        status: true,
        titleEn: true,
        titleMs: true,
        titleZh: true,
        summaryEn: true,
        summaryMs: true,
        summaryZh: true,
        signedOn: true,
        effectiveOn: true,
        expiresOn: true,
        updatedAt: true,
        publishedAt: true,
        parties: { orderBy: [{ side: "asc" }, { order: "asc" }], select: { organisation: { select: organisationFields } } },
        documents: { where: { url: { not: null } }, orderBy: { createdAt: "asc" }, select: { title: true, url: true } },
        relationsFrom: { where: { toAgreement: exportable }, select: { toAgreementId: true } },
        relationsTo: { where: { fromAgreement: exportable }, select: { fromAgreementId: true } },
        areas: {
          where: { isRetired: false },
          orderBy: { number: "asc" },
          select: {
            titleEn: true,
            titleMs: true,
            titleZh: true,
            clauseTextEn: true,
            clauseTextMs: true,
            clauseTextZh: true,
            milestones: {
              where: { cancelledAt: null, indicatorTarget: { not: null } },
              orderBy: { order: "asc" },
              select: {
                titleEn: true,
                titleMs: true,
                titleZh: true,
                descriptionEn: true,
                descriptionMs: true,
                descriptionZh: true,
                indicatorUnit: true,
                indicatorBaseline: true,
                indicatorTarget: true,
                startOn: true,
                targetOn: true,
                ownerOrganisation: { select: organisationFields },
                updates: {
                  where: { indicatorActual: { not: null } },
                  orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }],
                  select: { reportedOn: true, indicatorActual: true },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  const { appUrl } = mailConfig();
  const agreements: IatiAgreement[] = rows.map((row) => {
    const implementers = new Map<string, IatiOrganisation>();
    for (const area of row.areas) for (const milestone of area.milestones) implementers.set(milestone.ownerOrganisation.nameEn, toOrganisation(milestone.ownerOrganisation));
    return {
      id: row.id,
      status: row.status,
      title: { en: row.titleEn, ms: row.titleMs, zh: row.titleZh },
      summary: row.summaryEn ? { en: row.summaryEn, ms: row.summaryMs, zh: row.summaryZh } : null,
      signedOn: row.signedOn,
      effectiveOn: row.effectiveOn,
      expiresOn: row.expiresOn,
      updatedAt: row.updatedAt,
      parties: row.parties.map((party) => toOrganisation(party.organisation)),
      implementers: [...implementers.values()],
      documents: row.documents.flatMap((document) => (document.url ? [{ title: document.title, url: document.url }] : [])),
      publicUrl: row.publishedAt ? `${appUrl}/public/agreements/${row.id}` : null,
      relatedAgreementIds: [...new Set([...row.relationsFrom.map((relation) => relation.toAgreementId), ...row.relationsTo.map((relation) => relation.fromAgreementId)])],
      areas: row.areas.map((area) => ({
        title: { en: area.titleEn, ms: area.titleMs, zh: area.titleZh },
        description: area.clauseTextEn ? { en: area.clauseTextEn, ms: area.clauseTextMs, zh: area.clauseTextZh } : null,
        indicators: area.milestones.map((milestone) => ({
          title: { en: milestone.titleEn, ms: milestone.titleMs, zh: milestone.titleZh },
          description: milestone.descriptionEn ? { en: milestone.descriptionEn, ms: milestone.descriptionMs, zh: milestone.descriptionZh } : null,
          unit: milestone.indicatorUnit,
          startOn: milestone.startOn,
          targetOn: milestone.targetOn,
          baseline: decimal(milestone.indicatorBaseline),
          target: decimal(milestone.indicatorTarget),
          actuals: milestone.updates.flatMap((update) => (update.indicatorActual === null ? [] : [{ reportedOn: update.reportedOn, value: update.indicatorActual.toString() }])),
        })),
      })),
    };
  });
  return buildIatiActivityFile({
    organisationPrefix: settings.iatiOrganisationPrefix,
    reportingOrganisationName: settings.iatiReportingOrganisationName,
    generatedAt: now,
    today: today(now),
    agreements,
  });
}

/** The settings page: the current settings and the self-registered accounts waiting for a role (administrators). */
export async function getOpenSettingsOverview() {
  const user = await requireUser();
  if (!canManageOpenSettings(user)) throw new ForbiddenError();
  const [settings, waiting] = await Promise.all([
    readOpenSettings(db),
    db.ssoRegistration.findMany({ where: { approvedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, createdAt: true }, take: 200 }),
  ]);
  return { settings, waiting };
}
