"use client";
// The queue's filters as a plain GET form, so every filter lives in the URL.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { actionItemStatuses } from "@/lib/action-items/status-machine";
import type { ActionItemFilters } from "@/lib/schemas/action-items";

type Option = { id: string; label: string };

export function ActionItemFilterForm({ current, groups, meetings, owners }: { current: ActionItemFilters; groups: Option[]; meetings: Option[]; owners: Option[] }) {
  const { t } = useI18n();
  const any = { value: "", label: t("actionItems.filters.any") };
  const toOptions = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));
  return (
    <form method="get" className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm md:grid-cols-4" aria-label={t("actionItems.filters.label")}>
      <SelectField
        label={t("actionItems.filters.scope")}
        name="scope"
        defaultValue={current.scope ?? "mine"}
        options={(["mine", "review", "all"] as const).map((scope) => ({ value: scope, label: t(`actionItems.scopes.${scope}`) }))}
      />
      <SelectField label={t("actionItems.columns.group")} name="group" defaultValue={current.group ?? ""} options={[any, ...toOptions(groups)]} />
      <SelectField label={t("actionItems.columns.meeting")} name="meeting" defaultValue={current.meeting ?? ""} options={[any, ...toOptions(meetings)]} />
      <SelectField
        label={t("actionItems.columns.ownerSide")}
        name="side"
        defaultValue={current.side ?? ""}
        options={[any, ...(["MALAYSIA", "CHINA", "JOINT"] as const).map((side) => ({ value: side, label: t(`sides.${side}`) }))]}
      />
      <SelectField
        label={t("actionItems.columns.status")}
        name="status"
        defaultValue={current.status ?? "open"}
        options={[
          { value: "open", label: t("actionItems.filters.open") },
          { value: "any", label: t("actionItems.filters.anyStatus") },
          ...actionItemStatuses.map((status) => ({ value: status, label: t(`actionItems.status.${status}`) })),
        ]}
      />
      <SelectField label={t("actionItems.filters.owner")} name="owner" defaultValue={current.owner ?? ""} options={[any, ...toOptions(owners)]} />
      <SelectField
        label={t("actionItems.filters.due")}
        name="due"
        defaultValue={current.due ?? ""}
        options={[any, ...(["overdue", "week", "month", "later"] as const).map((due) => ({ value: due, label: t(`actionItems.dueWindows.${due}`) }))]}
      />
      <div className="flex items-end">
        <Button type="submit">{t("actionItems.filters.apply")}</Button>
      </div>
    </form>
  );
}
