// The dashboard filters as a plain GET form: the filters live in the URL, work without
// JavaScript, and every link and export keeps them. The agreement is chosen by searching (the
// page never lists every agreement); without scripts its text box is resolved by the server.
import { buttonClasses } from "@/components/ui/button";
import { SearchCombobox } from "@/components/ui/search-combobox";
import type { getFilterOptions } from "@/lib/data/dashboard/options";
import { ownerSides, periods, type DashboardFilters } from "@/lib/data/dashboard/filters";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

type Options = Awaited<ReturnType<typeof getFilterOptions>>;

const selectClasses = "mt-1 block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm";

export function DashboardFiltersForm({ action, filters, options, t, locale, hidden = {} }: {
  action: string;
  filters: DashboardFilters;
  options: Options;
  t: Translate;
  locale: Locale;
  hidden?: Record<string, string>;
}) {
  return (
    <form method="get" action={action} className="no-print mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="text-sm font-semibold text-gray-900">{t("dashboard.filters.legend")}</legend>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <SearchCombobox
            label={t("dashboard.filters.agreement")}
            name="agreement"
            textName="agreementText"
            source="agreements"
            hint={t("dashboard.filters.agreementHint")}
            defaultItem={options.agreement ? { id: options.agreement.id, label: localized(options.agreement, "title", locale) } : null}
          />
          <label className="text-sm font-medium text-gray-800">
            {t("dashboard.filters.area")}
            <select name="area" defaultValue={filters.areaId ?? ""} className={selectClasses} aria-describedby={options.areas.length ? undefined : "dashboard-area-hint"}>
              <option value="">{t("dashboard.filters.anyArea")}</option>
              {options.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {`${area.number}. ${localized(area, "title", locale)}`}
                </option>
              ))}
            </select>
            {options.areas.length ? null : (
              <span id="dashboard-area-hint" className="mt-1 block text-xs font-normal text-gray-600">
                {t("dashboard.filters.chooseAgreementFirst")}
              </span>
            )}
          </label>
          <label className="text-sm font-medium text-gray-800">
            {t("dashboard.filters.side")}
            <select name="side" defaultValue={filters.side ?? ""} className={selectClasses}>
              <option value="">{t("dashboard.filters.any")}</option>
              {ownerSides.map((side) => (
                <option key={side} value={side}>
                  {t(`sides.${side}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-gray-800">
            {t("dashboard.filters.organisation")}
            <select name="organisation" defaultValue={filters.organisationId ?? ""} className={selectClasses}>
              <option value="">{t("dashboard.filters.any")}</option>
              {options.organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {t("compose.qualified", { name: localized(organisation, "name", locale), detail: t(`sides.${organisation.side}`) })}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-gray-800">
            {t("dashboard.filters.period")}
            <select name="period" defaultValue={String(filters.periodMonths)} className={selectClasses}>
              {periods.map((months) => (
                <option key={months} value={months}>
                  {t("dashboard.filters.months", { count: months })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses("primary")}>
            {t("dashboard.filters.apply")}
          </button>
          <a href={`${action}${Object.keys(hidden).length ? `?${new URLSearchParams(hidden).toString()}` : ""}`} className={buttonClasses("secondary")}>
            {t("dashboard.filters.clear")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}

/** The active filters in words, for the page and the printed briefing. */
export function describeFilters(filters: DashboardFilters, options: Options, t: Translate, locale: Locale): string {
  const parts: string[] = [];
  const agreement = options.agreement;
  if (agreement) parts.push(t("compose.labelled", { label: t("dashboard.filters.agreement"), value: localized(agreement, "title", locale) }));
  const area = options.areas.find((item) => item.id === filters.areaId);
  if (area) parts.push(t("compose.labelled", { label: t("dashboard.filters.area"), value: `${area.number}. ${localized(area, "title", locale)}` }));
  if (filters.side) parts.push(t("compose.labelled", { label: t("dashboard.filters.side"), value: t(`sides.${filters.side}`) }));
  const organisation = options.organisations.find((item) => item.id === filters.organisationId);
  if (organisation) parts.push(t("compose.labelled", { label: t("dashboard.filters.organisation"), value: localized(organisation, "name", locale) }));
  parts.push(t("compose.labelled", { label: t("dashboard.filters.period"), value: t("dashboard.filters.months", { count: filters.periodMonths }) }));
  return parts.join("; ");
}
