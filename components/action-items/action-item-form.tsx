"use client";
// Raises an action item, from a decision or on its own, or corrects one. The owner side follows
// from the owners chosen (both sides: joint). Editing carries the version the coordinator saw, so
// an item changed meanwhile by someone else shows a conflict instead of being overwritten.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { createActionItem, updateActionItem } from "@/lib/actions/action-items";
import type { ActionResult } from "@/lib/actions/result";
import type { TitledInEachLanguage } from "@/lib/i18n/content";

type Option = { id: string; label: string };

/** The item as the edit page loaded it, dates as `YYYY-MM-DD`. */
export type ExistingActionItem = TitledInEachLanguage & {
  id: string;
  version: number;
  malaysiaOwnerId: string | null;
  chinaOwnerId: string | null;
  dueOn: string;
  priority: "LOW" | "MEDIUM" | "HIGH";
  cooperationAreaId: string | null;
  milestoneId: string | null;
};

type Choices = {
  malaysianMembers: Option[];
  chineseMembers: Option[];
  areas: Option[];
  milestones: Option[];
  cancelHref: string;
};

/** A new item belongs to a group (and maybe a meeting and decision); an existing one keeps its origin. */
type Props = Choices &
  (
    | { item?: undefined; workingGroupId: string; meetingId: string | null; decisionId: string | null; decisions: Option[] }
    | { item: ExistingActionItem }
  );

export function ActionItemForm(props: Props) {
  const { t } = useI18n();
  const { item } = props;
  const save: (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>> = item ? updateActionItem : createActionItem;
  const form = useKeptForm(save);
  const { state, formAction, isPending, isBusy } = form;
  const error = form.error;
  const value = (field: Exclude<keyof ExistingActionItem, "id" | "version">, fallback = "") => form.value(field, item ? (item[field] ?? "") : fallback);
  const none = (label: string) => [{ value: "", label }];
  const toOptions = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));
  return (
    <form key={form.key} action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      {props.item ? (
        <>
          <input type="hidden" name="id" value={props.item.id} />
          <input type="hidden" name="version" value={props.item.version} />
        </>
      ) : (
        <>
          <input type="hidden" name="workingGroupId" value={props.workingGroupId} />
          {props.meetingId ? <input type="hidden" name="meetingId" value={props.meetingId} /> : null}
          {props.decisions.length > 0 ? (
            <SelectField
              label={t("actionItems.fields.decision")}
              name="decisionId"
              defaultValue={form.value("decisionId", props.decisionId ?? "")}
              options={[...none(t("actionItems.fields.noDecision")), ...toOptions(props.decisions)]}
              error={error("decisionId")}
            />
          ) : null}
        </>
      )}
      <TextField label={t("actionItems.fields.titleEn")} name="titleEn" required defaultValue={value("titleEn")} error={error("titleEn")} />
      <TextField label={t("actionItems.fields.titleMs")} name="titleMs" lang="ms" defaultValue={value("titleMs")} error={error("titleMs")} />
      <TextField label={t("actionItems.fields.titleZh")} name="titleZh" lang="zh" defaultValue={value("titleZh")} error={error("titleZh")} />
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("actionItems.fields.description")}</legend>
        <TextAreaField label={t("actionItems.fields.descriptionEn")} name="descriptionEn" defaultValue={value("descriptionEn")} error={error("descriptionEn")} />
        <TextAreaField label={t("actionItems.fields.descriptionMs")} name="descriptionMs" lang="ms" defaultValue={value("descriptionMs")} error={error("descriptionMs")} />
        <TextAreaField label={t("actionItems.fields.descriptionZh")} name="descriptionZh" lang="zh" defaultValue={value("descriptionZh")} error={error("descriptionZh")} />
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("actionItems.fields.malaysiaOwner")}
          name="malaysiaOwnerId"
          hint={t("actionItems.fields.ownersHint")}
          defaultValue={value("malaysiaOwnerId")}
          options={[...none(t("actionItems.fields.noOwner")), ...toOptions(props.malaysianMembers)]}
          error={error("malaysiaOwnerId")}
        />
        <SelectField
          label={t("actionItems.fields.chinaOwner")}
          name="chinaOwnerId"
          defaultValue={value("chinaOwnerId")}
          options={[...none(t("actionItems.fields.noOwner")), ...toOptions(props.chineseMembers)]}
          error={error("chinaOwnerId")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("actionItems.fields.dueOn")} name="dueOn" type="date" required defaultValue={value("dueOn")} error={error("dueOn")} />
        <SelectField
          label={t("actionItems.fields.priority")}
          name="priority"
          defaultValue={value("priority", "MEDIUM")}
          options={(["HIGH", "MEDIUM", "LOW"] as const).map((priority) => ({ value: priority, label: t(`actionItems.priority.${priority}`) }))}
          error={error("priority")}
        />
      </div>
      <SelectField
        label={t("actionItems.fields.cooperationArea")}
        name="cooperationAreaId"
        defaultValue={value("cooperationAreaId")}
        options={[...none(t("actionItems.fields.noLink")), ...toOptions(props.areas)]}
        error={error("cooperationAreaId")}
      />
      <SelectField
        label={t("actionItems.fields.milestone")}
        name="milestoneId"
        defaultValue={value("milestoneId")}
        options={[...none(t("actionItems.fields.noLink")), ...toOptions(props.milestones)]}
        error={error("milestoneId")}
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : item ? t("common.save") : t("actionItems.create")}
        </Button>
        <Link href={props.cancelHref} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
