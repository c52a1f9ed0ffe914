// GET /api/dashboard/figures?format=csv|xlsx&<dashboard filters>: the briefing's figures as a
// spreadsheet, in the reader's language, for managers and administrators.
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { refusalWhenOverLimit } from "@/lib/security/rate-limit";
import { getBriefingFigures } from "@/lib/data/dashboard/briefing";
import { labelFigures, type LabelledFigure } from "@/lib/data/dashboard/briefing-labels";
import { parseDashboardFilters } from "@/lib/data/dashboard/filters";
import { exportResponse, toCsv, toXlsx, type Column } from "@/lib/export/tabular";
import { getTranslations } from "@/lib/i18n/server";
import { canViewDashboards } from "@/lib/permissions";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not signed in", { status: 401 });
  if (!canViewDashboards(user)) return new Response("Not found", { status: 404 });
  const overLimit = await refusalWhenOverLimit(db, "export", user.id);
  if (overLimit) return overLimit;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = parseDashboardFilters(Object.fromEntries(url.searchParams));
  const [{ t, locale }, figures] = await Promise.all([getTranslations(), getBriefingFigures(filters)]);
  const rows = labelFigures(figures, t, locale);
  const columns: Column<LabelledFigure>[] = [
    { header: t("dashboard.briefing.section"), value: (row) => row.section },
    { header: t("dashboard.briefing.measure"), value: (row) => row.measure },
    { header: t("dashboard.briefing.value"), value: (row) => row.value },
  ];
  const body = format === "csv" ? toCsv(rows, columns) : await toXlsx(rows, columns, t("dashboard.briefing.sheet"));
  return exportResponse(body, format, "dashboard-figures");
}
