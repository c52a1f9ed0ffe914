// The agreements list, with the same filters as the page, as CSV or XLSX (no pagination).
import { ForbiddenError, userOrRefusal } from "@/lib/auth/session";
import { today as appToday } from "@/lib/dates";
import { db } from "@/lib/db";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";
import { isExpiringSoon } from "@/lib/agreements/expiry";
import { parseAgreementFilters } from "@/lib/agreements/list-filters";
import { listAgreementsForExport } from "@/lib/data/agreements";
import { exportResponse, toCsv, toXlsx, type Column } from "@/lib/export/tabular";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";

type Row = Awaited<ReturnType<typeof listAgreementsForExport>>[number];

export async function GET(request: Request) {
  const { user, refusal } = await userOrRefusal();
  if (refusal) return refusal;
  const overLimit = await refusalWhenOverLimit(db, "export", user.id);
  if (overLimit) return overLimit;
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = parseAgreementFilters(Object.fromEntries(params.entries()));
  let rows: Row[];
  try {
    rows = await listAgreementsForExport(filters);
  } catch (error) {
    if (error instanceof ForbiddenError) return new Response("Not found", { status: 404 });
    throw error;
  }
  const { t, locale } = await getTranslations();
  const today = appToday();
  const columns: Column<Row>[] = [
    { header: t("agreements.columns.title"), value: (row) => localized(row, "title", locale) },
    { header: t("agreements.form.titleEn"), value: (row) => row.titleEn },
    { header: t("agreements.form.titleMs"), value: (row) => row.titleMs },
    { header: t("agreements.form.titleZh"), value: (row) => row.titleZh },
    { header: t("agreements.columns.type"), value: (row) => t(`agreementTypes.${row.type}`) },
    { header: t("agreements.columns.status"), value: (row) => t(`agreementStatus.${row.status}`) },
    { header: t("agreements.columns.parties"), value: (row) => row.parties.map((party) => t("compose.qualified", { name: localized(party.organisation, "name", locale), detail: t(`sides.${party.side}`) })).join("; ") },
    { header: t("agreements.columns.signedOn"), value: (row) => row.signedOn },
    { header: t("agreements.effectiveOn"), value: (row) => row.effectiveOn },
    { header: t("agreements.expiresOn"), value: (row) => row.expiresOn },
    { header: t("agreements.filters.expiring"), value: (row) => (isExpiringSoon(row, today) ? t("agreements.export.yes") : t("agreements.export.no")) },
    { header: t("agreements.areas"), value: (row) => row._count.areas },
    { header: t("agreements.archive.archived"), value: (row) => (row.archivedAt ? t("agreements.export.yes") : t("agreements.export.no")) },
  ];
  const body = format === "csv" ? toCsv(rows, columns) : await toXlsx(rows, columns, t("agreements.title"));
  return exportResponse(body, format, "agreements");
}
