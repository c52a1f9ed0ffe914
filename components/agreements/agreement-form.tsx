"use client";
// Record or edit an agreement: texts in three languages, parties, signatories, signing event,
// dates and terms, related instruments. A refused submission is shown again as typed.
import { useActionState, useState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { createAgreement, updateAgreement } from "@/lib/actions/agreements";
import type { ActionResult } from "@/lib/actions/result";
import { agreementTypes, relationTypes } from "@/lib/agreements/vocabulary";
import type { AgreementFormChoices, AgreementFormValues } from "./agreement-form-values";
import { CheckboxGroup } from "./checkbox-group";

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

const blankSignatory = { personId: "", organisationId: "", titleEn: "", titleMs: "", titleZh: "" };

export function AgreementForm({ choices, agreement, defaultPartyIds = [] }: { choices: AgreementFormChoices; agreement?: AgreementFormValues; defaultPartyIds?: string[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const save: Save = agreement ? updateAgreement : createAgreement;
  const [submitted, setSubmitted] = useState<FormData | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [state, formAction, isPending] = useActionState(async (previous: ActionResult<unknown>, formData: FormData) => {
    setSubmitted(formData);
    setAttempt((count) => count + 1);
    return save(previous, formData);
  }, { status: "idle" } as ActionResult<unknown>);
  const refused = state.status === "error" || state.status === "conflict";
  const shown = refused ? submitted : null;
  const value = (name: keyof AgreementFormValues, fallback = "") => {
    const typed = shown?.get(name);
    if (typeof typed === "string") return typed;
    const saved = agreement?.[name];
    return typeof saved === "string" ? saved : fallback;
  };
  const all = (name: string) => (shown ? shown.getAll(name).map(String) : null);
  const error = (field: string) => errorText(fieldError(state, field));

  const signatories = shown
    ? all("signatoryPersonId")?.map((personId, index) => ({
        personId,
        organisationId: all("signatoryOrganisationId")?.[index] ?? "",
        titleEn: all("signatoryTitleEn")?.[index] ?? "",
        titleMs: all("signatoryTitleMs")?.[index] ?? "",
        titleZh: all("signatoryTitleZh")?.[index] ?? "",
      })) ?? []
    : [...(agreement?.signatories ?? []), blankSignatory, blankSignatory];
  const relations = shown
    ? (all("relationAgreementId") ?? []).map((agreementId, index) => ({ agreementId, type: all("relationType")?.[index] ?? "" }))
    : [...(agreement?.relations ?? []), { type: "", agreementId: "" }];
  const partyIds = all("partyIds") ?? agreement?.partyIds ?? defaultPartyIds;
  const witnessIds = all("newEventWitnessIds") ?? [];

  const organisationOptions = [{ value: "", label: t("agreements.form.choose") }, ...choices.organisations.map((option) => ({ value: option.id, label: option.label }))];
  const personOptions = [{ value: "", label: t("agreements.form.choose") }, ...choices.people.map((option) => ({ value: option.id, label: option.label }))];

  return (
    // A new key per submission remounts the form: React's reset after an action would otherwise
    // put selects back to the options first rendered, losing what was typed.
    <form key={attempt} action={formAction} className="max-w-4xl space-y-8" noValidate>
      <FormStatus state={state} />
      {agreement ? (
        <>
          <input type="hidden" name="id" value={agreement.id} />
          <input type="hidden" name="version" value={agreement.version} />
        </>
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agreements.form.instrument")}</legend>
        <SelectField
          label={t("agreements.form.type")}
          name="type"
          required
          defaultValue={value("type", "MOU")}
          options={agreementTypes.map((type) => ({ value: type, label: t(`agreementTypes.${type}`) }))}
          error={error("type")}
        />
        <div className="grid gap-4 md:grid-cols-3">
          <TextField label={t("agreements.form.titleEn")} name="titleEn" lang="en" required defaultValue={value("titleEn")} error={error("titleEn")} />
          <TextField label={t("agreements.form.titleMs")} name="titleMs" lang="ms" defaultValue={value("titleMs")} error={error("titleMs")} />
          <TextField label={t("agreements.form.titleZh")} name="titleZh" lang="zh-CN" defaultValue={value("titleZh")} error={error("titleZh")} />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          <TextAreaField label={t("agreements.form.summaryEn")} name="summaryEn" lang="en" required defaultValue={value("summaryEn")} error={error("summaryEn")} />
          <TextAreaField label={t("agreements.form.summaryMs")} name="summaryMs" lang="ms" defaultValue={value("summaryMs")} error={error("summaryMs")} />
          <TextAreaField label={t("agreements.form.summaryZh")} name="summaryZh" lang="zh-CN" defaultValue={value("summaryZh")} error={error("summaryZh")} />
        </div>
      </fieldset>

      <CheckboxGroup
        legend={t("agreements.form.parties")}
        hint={t("agreements.form.partiesHint")}
        name="partyIds"
        options={choices.organisations}
        checked={partyIds}
        error={error("partyIds")}
      />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agreements.signatories")}</legend>
        <p className="text-sm text-gray-600">{t("agreements.form.signatoriesHint")}</p>
        {signatories.map((row, index) => (
          <fieldset key={index} className="grid gap-3 rounded-md border border-gray-200 p-4 md:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("agreements.form.signatoryNumber", { number: index + 1 })}</legend>
            <SelectField label={t("agreements.form.person")} name="signatoryPersonId" defaultValue={row.personId} options={personOptions} error={error(`signatoryPersonId.${index}`)} />
            <SelectField
              label={t("agreements.form.organisation")}
              name="signatoryOrganisationId"
              defaultValue={row.organisationId}
              options={organisationOptions}
              error={error(`signatoryOrganisationId.${index}`)}
            />
            <TextField label={t("agreements.form.signatoryTitleEn")} name="signatoryTitleEn" lang="en" defaultValue={row.titleEn} />
            <TextField label={t("agreements.form.signatoryTitleMs")} name="signatoryTitleMs" lang="ms" defaultValue={row.titleMs} />
            <TextField label={t("agreements.form.signatoryTitleZh")} name="signatoryTitleZh" lang="zh-CN" defaultValue={row.titleZh} />
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agreements.signing")}</legend>
        <SelectField
          label={t("agreements.form.signingEvent")}
          name="signingEventId"
          hint={t("agreements.form.signingEventHint")}
          defaultValue={value("signingEventId")}
          options={[
            { value: "", label: t("agreements.form.noEvent") },
            { value: "new", label: t("agreements.form.newEvent") },
            ...choices.events.map((option) => ({ value: option.id, label: option.label })),
          ]}
          error={error("signingEventId")}
        />
        <fieldset className="space-y-3 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-sm font-medium">{t("agreements.form.newEventLegend")}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            <TextField label={t("agreements.form.newEventDate")} name="newEventDate" type="date" defaultValue={shown?.get("newEventDate")?.toString() ?? ""} error={error("newEventDate")} />
          </div>
          <div className="grid gap-3 md:grid-cols-3">
            <TextField label={t("agreements.form.placeEn")} name="newEventPlaceEn" lang="en" defaultValue={shown?.get("newEventPlaceEn")?.toString() ?? ""} error={error("newEventPlaceEn")} />
            <TextField label={t("agreements.form.placeMs")} name="newEventPlaceMs" lang="ms" defaultValue={shown?.get("newEventPlaceMs")?.toString() ?? ""} />
            <TextField label={t("agreements.form.placeZh")} name="newEventPlaceZh" lang="zh-CN" defaultValue={shown?.get("newEventPlaceZh")?.toString() ?? ""} />
          </div>
          <CheckboxGroup legend={t("agreements.witnesses")} name="newEventWitnessIds" options={choices.people} checked={witnessIds} error={error("newEventWitnessIds")} compact />
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agreements.terms")}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField label={t("agreements.form.signedOn")} name="signedOn" type="date" hint={t("agreements.form.signedOnHint")} defaultValue={value("signedOn")} error={error("signedOn")} />
          <TextField label={t("agreements.effectiveOn")} name="effectiveOn" type="date" defaultValue={value("effectiveOn")} error={error("effectiveOn")} />
          <TextField label={t("agreements.expiresOn")} name="expiresOn" type="date" defaultValue={value("expiresOn")} error={error("expiresOn")} />
          <TextField
            label={t("agreements.form.durationMonths")}
            name="durationMonths"
            type="number"
            min={1}
            hint={t("agreements.form.durationHint")}
            defaultValue={value("durationMonths")}
            error={error("durationMonths")}
          />
          <TextField label={t("agreements.form.autoRenewMonths")} name="autoRenewMonths" type="number" min={1} defaultValue={value("autoRenewMonths")} error={error("autoRenewMonths")} />
          <TextField label={t("agreements.form.noticeDays")} name="noticeDays" type="number" min={1} defaultValue={value("noticeDays")} error={error("noticeDays")} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agreements.related.title")}</legend>
        {relations.map((row, index) => (
          <fieldset key={index} className="grid gap-3 rounded-md border border-gray-200 p-4 md:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("agreements.form.relationNumber", { number: index + 1 })}</legend>
            <SelectField
              label={t("agreements.form.relationType")}
              name="relationType"
              defaultValue={row.type}
              options={[{ value: "", label: t("agreements.form.choose") }, ...relationTypes.map((type) => ({ value: type, label: t(`agreements.related.types.${type}`) }))]}
              error={error(`relationType.${index}`)}
            />
            <SelectField
              label={t("agreements.form.relatedAgreement")}
              name="relationAgreementId"
              defaultValue={row.agreementId}
              options={[{ value: "", label: t("agreements.form.choose") }, ...choices.agreements.map((option) => ({ value: option.id, label: option.label }))]}
              error={error(`relationAgreementId.${index}`)}
            />
          </fieldset>
        ))}
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? t("common.saving") : agreement ? t("common.save") : t("agreements.form.create")}
        </Button>
        <Link href={agreement ? `/agreements/${agreement.id}` : "/agreements"} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
