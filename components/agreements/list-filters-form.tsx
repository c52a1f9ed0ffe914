// The agreements list's filters as a plain GET form: every choice ends up in the URL, works
// without JavaScript, and each control has its label.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { agreementStatuses } from "@/lib/agreements/lifecycle";
import type { AgreementFilters } from "@/lib/agreements/list-filters";
import { agreementTypes } from "@/lib/agreements/vocabulary";
import type { Translate } from "@/lib/i18n/translate";

export function ListFiltersForm({ filters, parties, t }: { filters: AgreementFilters; parties: { id: string; label: string }[]; t: Translate }) {
  const any = { value: "", label: t("agreements.filters.any") };
  return (
    <form method="get" action="/agreements" role="search" aria-label={t("agreements.filters.title")} className="mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-4">
        <TextField label={t("agreements.filters.q")} name="q" type="search" hint={t("agreements.filters.qHint")} defaultValue={filters.q} />
        <SelectField label={t("agreements.columns.type")} name="type" defaultValue={filters.type ?? ""} options={[any, ...agreementTypes.map((type) => ({ value: type, label: t(`agreementTypes.${type}`) }))]} />
        <SelectField label={t("agreements.columns.status")} name="status" defaultValue={filters.status ?? ""} options={[any, ...agreementStatuses.map((status) => ({ value: status, label: t(`agreementStatus.${status}`) }))]} />
        <SelectField label={t("agreements.filters.party")} name="party" defaultValue={filters.partyId ?? ""} options={[any, ...parties.map((party) => ({ value: party.id, label: party.label }))]} />
        <SelectField
          label={t("agreements.filters.side")}
          name="side"
          defaultValue={filters.side ?? ""}
          options={[any, { value: "MALAYSIA", label: t("sides.MALAYSIA") }, { value: "CHINA", label: t("sides.CHINA") }]}
        />
        <TextField label={t("agreements.filters.theme")} name="theme" hint={t("agreements.filters.themeHint")} defaultValue={filters.theme} />
        <TextField label={t("agreements.filters.year")} name="year" type="number" min={1900} max={2200} defaultValue={filters.year ?? ""} />
        <SelectField
          label={t("agreements.filters.archived")}
          name="archived"
          defaultValue={filters.archived}
          options={[
            { value: "active", label: t("agreements.filters.archivedActive") },
            { value: "archived", label: t("agreements.filters.archivedOnly") },
            { value: "all", label: t("agreements.filters.archivedAll") },
          ]}
        />
        <SelectField
          label={t("agreements.filters.sort")}
          name="sort"
          defaultValue={filters.sort}
          options={[
            { value: "signedOn", label: t("agreements.columns.signedOn") },
            { value: "title", label: t("agreements.columns.title") },
            { value: "status", label: t("agreements.columns.status") },
            { value: "type", label: t("agreements.columns.type") },
          ]}
        />
        <SelectField
          label={t("agreements.filters.dir")}
          name="dir"
          defaultValue={filters.dir}
          options={[
            { value: "asc", label: t("agreements.filters.asc") },
            { value: "desc", label: t("agreements.filters.desc") },
          ]}
        />
        <div className="flex items-center gap-2 self-end pb-2">
          <input id="filter-expiring" type="checkbox" name="expiring" value="1" defaultChecked={filters.expiring} className="h-4 w-4" />
          <label htmlFor="filter-expiring" className="text-sm font-medium text-gray-800">
            {t("agreements.filters.expiring")}
          </label>
        </div>
      </div>
      <div className="mt-4 flex gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          {t("agreements.filters.apply")}
        </button>
        <Link href="/agreements" className="self-center text-sm">
          {t("agreements.filters.clear")}
        </Link>
      </div>
    </form>
  );
}
