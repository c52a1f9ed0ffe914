// The public face of published agreements: what anonymous visitors may read. No user is needed,
// so every function here selects ONLY public fields and filters on `publicAgreement` itself:
// an unpublished, draft or archived agreement does not exist here. People's names leave only
// when the person is marked public; otherwise the page names their organisation.
// tests/integration/public-pages.test.ts checks for leaks.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { publicDecisionsOfAgreedMinutes } from "./agreed-minutes";
import { cache } from "react";

/** The one condition for an agreement to be public. */
export const publicAgreement = { publishedAt: { not: null }, status: { not: "DRAFT" }, archivedAt: null } satisfies Prisma.AgreementWhereInput;

const names = { nameEn: true, nameMs: true, nameZh: true } as const;
const titles = { titleEn: true, titleMs: true, titleZh: true } as const;
const publicPerson = { name: true, nameZh: true, isPublic: true } as const;

export async function listPublishedAgreements() {
  return db.agreement.findMany({
    where: publicAgreement,
    orderBy: [{ signedOn: "desc" }, { titleEn: "asc" }],
    select: { id: true, type: true, status: true, signedOn: true, ...titles, summaryEn: true, summaryMs: true, summaryZh: true },
    // A public index of a registry's signed instruments: hundreds at most; capped all the same.
    take: 500,
  });
}

type PersonRow = { name: string; nameZh: string | null; isPublic: boolean };
/** A person's name only when they are marked public. */
const publicName = (person: PersonRow) => (person.isPublic ? { name: person.name, nameZh: person.nameZh } : null);

async function loadPublishedAgreement(id: string) {
  const row = await db.agreement.findFirst({
    where: { id, ...publicAgreement },
    select: {
      id: true,
      type: true,
      status: true,
      ...titles,
      summaryEn: true,
      summaryMs: true,
      summaryZh: true,
      signedOn: true,
      effectiveOn: true,
      expiresOn: true,
      parties: { orderBy: [{ side: "asc" }, { order: "asc" }], select: { side: true, organisation: { select: names } } },
      signatories: {
        orderBy: [{ side: "asc" }, { order: "asc" }],
        select: { side: true, act: true, ...titles, person: { select: publicPerson }, organisation: { select: names } },
      },
      signingEvent: {
        select: {
          date: true,
          placeEn: true,
          placeMs: true,
          placeZh: true,
          witnesses: { orderBy: { order: "asc" }, select: { person: { select: { ...publicPerson, ...titles } } } },
        },
      },
    },
  });
  if (!row) return null;
  const [areas, decisions] = await Promise.all([publicAreaProgress(row.id), publicDecisionsOfAgreedMinutes({ db, agreementId: row.id })]);
  return {
    ...row,
    signatories: row.signatories.map(({ person, ...signatory }) => ({ ...signatory, person: publicName(person) })),
    signingEvent: row.signingEvent
      ? {
          ...row.signingEvent,
          // A witness who is not public is left out: a witness stands for no organisation to name instead.
          witnesses: row.signingEvent.witnesses.flatMap(({ person }) => (person.isPublic ? [{ name: person.name, nameZh: person.nameZh, titleEn: person.titleEn, titleMs: person.titleMs, titleZh: person.titleZh }] : [])),
        }
      : null,
    areas,
    decisions,
  };
}

// Cached per request: the page and its metadata both ask for it.
export const getPublishedAgreement = cache(loadPublishedAgreement);

export type PublishedAgreement = NonNullable<Awaited<ReturnType<typeof getPublishedAgreement>>>;

/** Headline progress by cooperation area: weighted percent of its counted milestones (one query, in the database). */
async function publicAreaProgress(agreementId: string) {
  const rows = await db.$queryRaw<{ number: number; titleEn: string; titleMs: string | null; titleZh: string | null; milestones: number; weighted: number; weight: number }[]>(Prisma.sql`
    SELECT c.number, c."titleEn", c."titleMs", c."titleZh",
      (count(m.id) FILTER (WHERE m.status <> 'CANCELLED'))::int AS milestones,
      COALESCE(sum(m.weight * LEAST(100, GREATEST(0, m."percentComplete"))) FILTER (WHERE m.status <> 'CANCELLED'), 0)::float8 AS weighted,
      COALESCE(sum(m.weight) FILTER (WHERE m.status <> 'CANCELLED'), 0)::float8 AS weight
    FROM "CooperationArea" c
    LEFT JOIN "Milestone" m ON m."cooperationAreaId" = c.id
    WHERE c."agreementId" = ${agreementId} AND NOT c."isRetired"
    GROUP BY c.id
    ORDER BY c.number`);
  return rows.map(({ weighted, weight, ...area }) => ({ ...area, percent: weight > 0 ? Math.round(weighted / weight) : null }));
}
