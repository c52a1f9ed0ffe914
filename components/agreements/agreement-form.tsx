"use client";
// Record or edit an agreement: texts in three languages, parties, signatories, signing event,
// dates and terms, related instruments. A refused submission is shown again as typed.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { SearchCombobox } from "@/components/ui/search-combobox";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { createAgreement, updateAgreement } from "@/lib/actions/agreements";
import type { ActionResult } from "@/lib/actions/result";
import { agreementTypes, relationTypes } from "@/lib/agreements/vocabulary";
import type { AgreementFormChoices, AgreementFormValues } from "./agreement-form-values";
import { CheckboxGroup } from "./checkbox-group";

type Save = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

const blankSignatory = { personId: "", organisationId: "", titleEn: "", titleMs: "", titleZh: "" };

export function AgreementForm({ choices, agreement, defaultPartyIds = [] }: { choices: AgreementFormChoices; agreement?: AgreementFormValues; defaultPartyIds?: string[] }) {
  const { t } = useI18n();
  const save: Save = agreement ? updateAgreement : createAgreement;
  const form = useKeptForm(save);
  const { state, isPending, isBusy } = form;
  const value = (name: keyof AgreementFormValues, fallback = "") => {
    const saved = agreement?.[name];
    return form.value(name, typeof saved === "string" ? saved : fallback);
  };
  const error = form.error;

  const signatories = form.rows("signatories", [...(agreement?.signatories ?? []), blankSignatory, blankSignatory]);
  const relations = form.rows("relations", [...(agreement?.relations ?? []), { type: "", agreementId: "" }]);
  const partyIds = form.list("partyIds", agreement?.partyIds ?? defaultPartyIds);
  const witnessIds = form.list("newEventWitnessIds");

  const organisationOptions = [{ value: "", label: t("agreements.form.choose") }, ...choices.organisations.map((option) => ({ value: option.id, label: option.label }))];
  const chosenPerson = (id: string) => {
    const person = choices.people.find((candidate) => candidate.id === id);
    return person ? { id: person.id, label: person.name, detail: person.detail } : null;
  };

  return (
    <form key={form.key} action={form.formAction} className="max-w-4xl space-y-8" noValidate>
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
            <SearchCombobox
              label={t("agreements.form.person")}
              name={`signatories[${index}].personId`}
              source="people"
              defaultItem={chosenPerson(row.personId ?? "")}
              error={error(`signatories[${index}].personId`)}
            />
            <SelectField
              label={t("agreements.form.organisation")}
              name={`signatories[${index}].organisationId`}
              defaultValue={row.organisationId}
              options={organisationOptions}
              error={error(`signatories[${index}].organisationId`)}
            />
            <TextField label={t("agreements.form.signatoryTitleEn")} name={`signatories[${index}].titleEn`} lang="en" defaultValue={row.titleEn} />
            <TextField label={t("agreements.form.signatoryTitleMs")} name={`signatories[${index}].titleMs`} lang="ms" defaultValue={row.titleMs} />
            <TextField label={t("agreements.form.signatoryTitleZh")} name={`signatories[${index}].titleZh`} lang="zh-CN" defaultValue={row.titleZh} />
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
            <TextField label={t("agreements.form.newEventDate")} name="newEventDate" type="date" defaultValue={form.value("newEventDate")} error={error("newEventDate")} />
          </div>
          <div className="grid gap-3 md:grid-cols-3">
            <TextField label={t("agreements.form.placeEn")} name="newEventPlaceEn" lang="en" defaultValue={form.value("newEventPlaceEn")} error={error("newEventPlaceEn")} />
            <TextField label={t("agreements.form.placeMs")} name="newEventPlaceMs" lang="ms" defaultValue={form.value("newEventPlaceMs")} />
            <TextField label={t("agreements.form.placeZh")} name="newEventPlaceZh" lang="zh-CN" defaultValue={form.value("newEventPlaceZh")} />
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
              name={`relations[${index}].type`}
              defaultValue={row.type}
              options={[{ value: "", label: t("agreements.form.choose") }, ...relationTypes.map((type) => ({ value: type, label: t(`agreements.related.types.${type}`) }))]}
              error={error(`relations[${index}].type`)}
            />
            <SelectField
              label={t("agreements.form.relatedAgreement")}
              name={`relations[${index}].agreementId`}
              defaultValue={row.agreementId}
              options={[{ value: "", label: t("agreements.form.choose") }, ...choices.agreements.map((option) => ({ value: option.id, label: option.label }))]}
              error={error(`relations[${index}].agreementId`)}
            />
          </fieldset>
        ))}
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : agreement ? t("common.save") : t("agreements.form.create")}
        </Button>
        <Link href={agreement ? `/agreements/${agreement.id}` : "/agreements"} className="self-center text-sm">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
