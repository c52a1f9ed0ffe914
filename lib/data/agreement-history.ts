// The change history of an agreement: its own audit events and those of its cooperation areas
// and documents (recorded with `agreementId` in their snapshots), newest first.
import "server-only";
import { db } from "@/lib/db";
import { requireUser, ForbiddenError } from "@/lib/auth/session";
import { recordedIds } from "@/lib/agreements/history-values";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/content";
import { canReadAgreements } from "@/lib/permissions";
import { pageWindow, type ListPage } from "./paging";

export const historyLimit = 50;

export interface HistoryRow {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  actor: { name: string } | null;
}

/**
 * Names for the ids recorded in the events (people, organisations, users, agreements), in one
 * query per kind for the whole page rather than one per row.
 */
export async function getHistoryNames(events: { before: unknown; after: unknown }[], locale: Locale): Promise<Map<string, string>> {
  const ids = recordedIds(events.flatMap((event) => [event.before, event.after]));
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  const [people, organisations, users, agreements] = await Promise.all([
    db.person.findMany({ where, select: { id: true, name: true } }),
    db.organisation.findMany({ where, select: { id: true, nameEn: true, nameMs: true, nameZh: true } }),
    db.user.findMany({ where, select: { id: true, name: true } }),
    db.agreement.findMany({ where, select: { id: true, titleEn: true, titleMs: true, titleZh: true } }),
  ]);
  return new Map([
    ...people.map((row): [string, string] => [row.id, row.name]),
    ...organisations.map((row): [string, string] => [row.id, localized(row, "name", locale)]),
    ...users.map((row): [string, string] => [row.id, row.name]),
    ...agreements.map((row): [string, string] => [row.id, localized(row, "title", locale)]),
  ]);
}

/** One page of the agreement's history (newest first) and how many changes there are in all. */
export async function getAgreementHistory(agreementId: string, page = 1): Promise<ListPage<HistoryRow>> {
  const user = await requireUser();
  if (!canReadAgreements(user)) throw new ForbiddenError();
  const byAgreement = { path: ["agreementId"], equals: agreementId };
  const where = {
    OR: [
      { entityType: "Agreement", entityId: agreementId },
      {
        // Language texts, their clauses and the domestic steps (helper "texts") carry agreementId too.
        entityType: { in: ["CooperationArea", "AgreementDocument", "AgreementText", "AgreementClause", "DomesticStep"] },
        OR: [{ after: byAgreement }, { before: byAgreement }],
      },
    ],
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...pageWindow(page, historyLimit),
      select: { id: true, at: true, action: true, entityType: true, before: true, after: true, reason: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { rows, page, pageSize: historyLimit, total };
}
