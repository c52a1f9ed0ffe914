// The audited picture of an agreement: its own fields plus its parties, signatories, signing
// event and relations as readable text, so the history shows what changed in words.
import "server-only";
import type { TransactionClient } from "@/lib/prisma-client";
import { auditSnapshot } from "@/lib/audit";
import { agreementColumnsSelect } from "./columns";

export async function agreementSnapshot(tx: TransactionClient, id: string) {
  const row = await tx.agreement.findUniqueOrThrow({
    where: { id },
    select: {
      ...agreementColumnsSelect,
      archivedAt: true,
      parties: { orderBy: { order: "asc" }, select: { side: true, organisation: { select: { nameEn: true } } } },
      signatories: { orderBy: { order: "asc" }, select: { titleEn: true, person: { select: { name: true } }, organisation: { select: { nameEn: true } } } },
      relationsFrom: { orderBy: { createdAt: "asc" }, select: { type: true, toAgreement: { select: { titleEn: true } } } },
    },
  });
  const { parties, signatories, relationsFrom, ...fields } = row;
  return auditSnapshot({
    ...fields,
    parties: parties.map((party) => `${party.organisation.nameEn} (${party.side})`),
    signatories: signatories.map((signatory) => [signatory.person.name, signatory.titleEn, signatory.organisation.nameEn].filter(Boolean).join(", ")),
    relations: relationsFrom.map((relation) => `${relation.type}: ${relation.toAgreement.titleEn}`),
  });
}
