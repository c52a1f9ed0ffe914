// The filtered action-item list as CSV or XLSX, with the same filters (from the URL) as the page.
import { userOrRefusal } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";
import { getActionItemsForExport } from "@/lib/data/action-items";
import { exportResponse, toCsv, toXlsx, type Column } from "@/lib/export/tabular";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { actionItemFilterSchema } from "@/lib/schemas/action-items";
import { displayName } from "@/lib/people/display-name";

type Row = Awaited<ReturnType<typeof getActionItemsForExport>>[number];

export async function GET(request: Request) {
  const { user, refusal } = await userOrRefusal();
  if (refusal) return refusal;
  const overLimit = await refusalWhenOverLimit(db, "export", user.id);
  if (overLimit) return overLimit;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = actionItemFilterSchema.parse(Object.fromEntries(url.searchParams));
  const [rows, { t, locale }] = await Promise.all([getActionItemsForExport(filters), getTranslations()]);
  const columns: Column<Row>[] = [
    { header: t("actionItems.columns.title"), value: (row) => localized(row, "title", locale) },
    { header: t("actionItems.columns.group"), value: (row) => localized(row.workingGroup, "name", locale) },
    { header: t("actionItems.columns.meeting"), value: (row) => (row.meeting ? localized(row.meeting, "title", locale) : null) },
    { header: t("actionItems.columns.ownerSide"), value: (row) => t(`sides.${row.ownerSide}`) },
    { header: t("actionItems.fields.malaysiaOwner"), value: (row) => (row.malaysiaOwner ? displayName(row.malaysiaOwner, locale) : null) },
    { header: t("actionItems.fields.chinaOwner"), value: (row) => (row.chinaOwner ? displayName(row.chinaOwner, locale) : null) },
    { header: t("actionItems.columns.due"), value: (row) => row.dueOn },
    { header: t("actionItems.columns.status"), value: (row) => t(`actionItems.status.${row.status}`) },
    { header: t("actionItems.columns.overdue"), value: (row) => (row.isOverdue ? t("actionItems.overdue") : "") },
    { header: t("actionItems.fields.priority"), value: (row) => t(`actionItems.priority.${row.priority}`) },
  ];
  const body = format === "csv" ? toCsv(rows, columns) : await toXlsx(rows, columns, t("actionItems.title"));
  return exportResponse(body, format, "action-items");
}
