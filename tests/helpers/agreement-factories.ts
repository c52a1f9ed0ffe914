// Builders for agreement tests: two parties (one per side), their officers, an agreement, people.
import { createOrganisation, createUser, testDb, unique } from "./factories";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function createBilateralSetting() {
  const malaysia = await createOrganisation({ side: "MALAYSIA" });
  const china = await createOrganisation({ side: "CHINA" });
  const elsewhere = await createOrganisation({ side: "MALAYSIA" });
  const officerMy = await createUser({ role: "OFFICER", organisationId: malaysia.id });
  const officerElsewhere = await createUser({ role: "OFFICER", organisationId: elsewhere.id });
  const admin = await createUser({ role: "ADMIN" });
  return { malaysia, china, elsewhere, officerMy, officerElsewhere, admin };
}

export async function createPerson(organisationId: string | null = null, side: "MALAYSIA" | "CHINA" = "MALAYSIA") {
  return testDb.person.create({ data: { name: unique("Person"), titleEn: "Minister", organisationId, side } });
}

export async function createAgreementRecord(options: {
  partyIds: { malaysia: string; china: string };
  status?: "DRAFT" | "SIGNED" | "IN_FORCE" | "EXPIRED" | "TERMINATED" | "SUPERSEDED";
  titleEn?: string;
  titleMs?: string;
  titleZh?: string;
  summaryEn?: string;
  type?: "MOU" | "LOI" | "MOA" | "AGREEMENT" | "PROTOCOL" | "EXCHANGE_OF_NOTES" | "OTHER";
  signedOn?: Date | null;
  expiresOn?: Date | null;
  noticeDays?: number | null;
  archivedAt?: Date | null;
  areaTitles?: string[];
}) {
  return testDb.agreement.create({
    data: {
      type: options.type ?? "MOU",
      status: options.status ?? "DRAFT",
      titleEn: options.titleEn ?? unique("Agreement"),
      titleMs: options.titleMs,
      titleZh: options.titleZh,
      summaryEn: options.summaryEn ?? "A summary.",
      signedOn: options.signedOn ?? null,
      expiresOn: options.expiresOn ?? null,
      noticeDays: options.noticeDays ?? null,
      archivedAt: options.archivedAt ?? null,
      parties: {
        create: [
          { organisationId: options.partyIds.malaysia, side: "MALAYSIA", order: 0 },
          { organisationId: options.partyIds.china, side: "CHINA", order: 1 },
        ],
      },
      areas: { create: (options.areaTitles ?? []).map((titleEn, index) => ({ number: index + 1, titleEn })) },
    },
    include: { areas: { orderBy: { number: "asc" } } },
  });
}

/** What a server action that succeeded with a redirect throws (Next signals redirects by throwing). */
export async function expectRedirect(call: Promise<unknown>): Promise<string> {
  const outcome = await call.catch((error: unknown) => error);
  const digest = (outcome as { digest?: string } | null)?.digest ?? "";
  if (!String((outcome as Error)?.message ?? "").includes("NEXT_REDIRECT") && !digest.includes("NEXT_REDIRECT")) {
    throw new Error(`expected a redirect, got ${JSON.stringify(outcome)}`);
  }
  return digest.split(";")[2] ?? "";
}
