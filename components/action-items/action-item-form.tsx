"use client";
// Raises an action item, from a decision or on its own. The owner side follows from the owners
// chosen (both sides: joint).
import { useActionState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { createActionItem } from "@/lib/actions/action-items";

type Option = { id: string; label: string };

type Props = {
  workingGroupId: string;
  meetingId: string | null;
  decisionId: string | null;
  decisions: Option[];
  malaysianMembers: Option[];
  chineseMembers: Option[];
  areas: Option[];
  milestones: Option[];
  cancelHref: string;
};

export function ActionItemForm(props: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(createActionItem, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const error = (field: string) => errorText(fieldError(state, field));
  const none = (label: string) => [{ value: "", label }];
  const toOptions = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.label }));
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="workingGroupId" value={props.workingGroupId} />
      {props.meetingId ? <input type="hidden" name="meetingId" value={props.meetingId} /> : null}
      {props.decisions.length > 0 ? (
        <SelectField
          label={t("actionItems.fields.decision")}
          name="decisionId"
          defaultValue={values?.decisionId ?? props.decisionId ?? ""}
          options={[...none(t("actionItems.fields.noDecision")), ...toOptions(props.decisions)]}
          error={error("decisionId")}
        />
      ) : null}
      <TextField label={t("actionItems.fields.titleEn")} name="titleEn" required defaultValue={values?.titleEn ?? ""} error={error("titleEn")} />
      <TextField label={t("actionItems.fields.titleMs")} name="titleMs" lang="ms" defaultValue={values?.titleMs ?? ""} error={error("titleMs")} />
      <TextField label={t("actionItems.fields.titleZh")} name="titleZh" lang="zh" defaultValue={values?.titleZh ?? ""} error={error("titleZh")} />
      <TextAreaField label={t("actionItems.fields.description")} name="descriptionEn" defaultValue={values?.descriptionEn ?? ""} error={error("descriptionEn")} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("actionItems.fields.malaysiaOwner")}
          name="malaysiaOwnerId"
          hint={t("actionItems.fields.ownersHint")}
          defaultValue={values?.malaysiaOwnerId ?? ""}
          options={[...none(t("actionItems.fields.noOwner")), ...toOptions(props.malaysianMembers)]}
          error={error("malaysiaOwnerId")}
        />
        <SelectField
          label={t("actionItems.fields.chinaOwner")}
          name="chinaOwnerId"
          defaultValue={values?.chinaOwnerId ?? ""}
          options={[...none(t("actionItems.fields.noOwner")), ...toOptions(props.chineseMembers)]}
          error={error("chinaOwnerId")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={t("actionItems.fields.dueOn")} name="dueOn" type="date" required defaultValue={values?.dueOn ?? ""} error={error("dueOn")} />
        <SelectField
          label={t("actionItems.fields.priority")}
          name="priority"
          defaultValue={values?.priority ?? "MEDIUM"}
          options={(["HIGH", "MEDIUM", "LOW"] as const).map((priority) => ({ value: priority, label: t(`actionItems.priority.${priority}`) }))}
          error={error("priority")}
        />
      </div>
      <SelectField
        label={t("actionItems.fields.cooperationArea")}
        name="cooperationAreaId"
        defaultValue={values?.cooperationAreaId ?? ""}
        options={[...none(t("actionItems.fields.noLink")), ...toOptions(props.areas)]}
        error={error("cooperationAreaId")}
      />
      <SelectField
        label={t("actionItems.fields.milestone")}
        name="milestoneId"
        defaultValue={values?.milestoneId ?? ""}
        options={[...none(t("actionItems.fields.noLink")), ...toOptions(props.milestones)]}
        error={error("milestoneId")}
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : t("actionItems.create")}
        </Button>
        <Link href={props.cancelHref} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
