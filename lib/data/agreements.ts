// Reads of agreements, scoped to the signed-in user; each selects only what its page shows.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canEditAgreement, canReadAgreements } from "@/lib/permissions";

const localizedTitle = { titleEn: true, titleMs: true, titleZh: true } as const;
const localizedName = { nameEn: true, nameMs: true, nameZh: true } as const;

export async function listAgreements() {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  return db.agreement.findMany({
    where: { archivedAt: null },
    orderBy: [{ signedOn: "desc" }, { titleEn: "asc" }],
    select: {
      id: true,
      type: true,
      status: true,
      signedOn: true,
      isExample: true,
      ...localizedTitle,
      parties: { orderBy: { order: "asc" }, select: { side: true, organisation: { select: { id: true, acronym: true, ...localizedName } } } },
    },
  });
}

export async function getAgreementDetail(id: string) {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      status: true,
      signedOn: true,
      effectiveOn: true,
      expiresOn: true,
      durationMonths: true,
      autoRenewMonths: true,
      noticeDays: true,
      isExample: true,
      version: true,
      ...localizedTitle,
      summaryEn: true,
      summaryMs: true,
      summaryZh: true,
      parties: { orderBy: { order: "asc" }, select: { side: true, organisation: { select: { id: true, acronym: true, country: true, ...localizedName } } } },
      signatories: {
        orderBy: { order: "asc" },
        select: {
          side: true,
          titleEn: true,
          titleMs: true,
          titleZh: true,
          person: { select: { id: true, name: true } },
          organisation: { select: { acronym: true, ...localizedName } },
        },
      },
      signingEvent: {
        select: {
          id: true,
          date: true,
          placeEn: true,
          placeMs: true,
          placeZh: true,
          descriptionEn: true,
          descriptionMs: true,
          descriptionZh: true,
          witnesses: { orderBy: { order: "asc" }, select: { person: { select: { id: true, name: true, titleEn: true, titleMs: true, titleZh: true } } } },
          agreements: { where: { id: { not: id } }, select: { id: true, ...localizedTitle } },
        },
      },
      areas: {
        where: { isRetired: false },
        orderBy: { number: "asc" },
        select: { id: true, number: true, clauseRef: true, ...localizedTitle, clauseTextEn: true, clauseTextMs: true, clauseTextZh: true },
      },
      workingGroups: { select: { id: true, ...localizedName, _count: { select: { members: true } } } },
    },
  });
  if (!agreement) return null;
  const partyOrganisationIds = agreement.parties.map((party) => party.organisation.id);
  return { ...agreement, canEdit: canEditAgreement(user, { partyOrganisationIds }) };
}
