// Agreements and their cooperation areas for /api/v1: the same reader rule and list filters as
// the agreements page (lib/data/agreements.ts), paged by cursor.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { canReadAgreements } from "@/lib/permissions";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { resolveWhere } from "@/lib/data/agreements";
import { keysetArgs, pageOf } from "@/lib/api/paging";
import { agreementApiSelect, areaApiSelect, toApiAgreement, toApiArea } from "@/lib/api/serialize";
import type { agreementQuerySchema, pageQuerySchema } from "@/lib/api/schemas";
import type { z } from "zod";

async function requireReader() {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  return user;
}

export async function listAgreementsForApi(query: z.infer<typeof agreementQuerySchema>) {
  await requireReader();
  const filters = parseAgreementFilters({ q: query.q, type: query.type, status: query.status, party: query.party, side: query.side, year: query.year ? String(query.year) : undefined, archived: query.archived ?? "all" });
  const where = await resolveWhere(filters);
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.agreement.findMany({ where: { AND: [where, after] }, orderBy, take, select: agreementApiSelect });
  return pageOf(rows, limit, toApiAgreement);
}

export async function getAgreementForApi(id: string) {
  await requireReader();
  const row = await db.agreement.findUnique({ where: { id }, select: agreementApiSelect });
  return row ? toApiAgreement(row) : null;
}

export async function listAreasForApi(agreementId: string, query: z.infer<typeof pageQuerySchema>) {
  await requireReader();
  const agreement = await db.agreement.findUnique({ where: { id: agreementId }, select: { id: true } });
  if (!agreement) return null;
  const { after, orderBy, take, limit } = keysetArgs(query);
  const rows = await db.cooperationArea.findMany({ where: { AND: [{ agreementId }, after] }, orderBy, take, select: areaApiSelect });
  return pageOf(rows, limit, toApiArea);
}
