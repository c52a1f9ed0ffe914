import { FiguresTable } from "../figures-table";
import { Widget } from "../widget";
import { getBriefingFigures } from "@/lib/data/dashboard/briefing";
import { labelFigures } from "@/lib/data/dashboard/briefing-labels";
import type { DashboardFilters } from "@/lib/data/dashboard/filters";
import { getTranslations } from "@/lib/i18n/server";

/** Every figure of the briefing in one table (the download holds the same rows). */
export async function KeyFiguresWidget({ filters }: { filters: DashboardFilters }) {
  const [{ t, locale }, figures] = await Promise.all([getTranslations(), getBriefingFigures(filters)]);
  const rows = labelFigures(figures, t, locale);
  return (
    <Widget id="key-figures" title={t("dashboard.briefing.keyFigures")}>
      <FiguresTable
        caption={t("dashboard.briefing.keyFigures")}
        columns={[t("dashboard.briefing.measure"), t("dashboard.briefing.section"), t("dashboard.briefing.value")]}
        rows={rows.map((row, index) => ({ key: `${index}`, cells: [row.measure, row.section, row.text] }))}
      />
    </Widget>
  );
}
