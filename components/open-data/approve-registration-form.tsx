"use client";
// Gives a self-registered account (vouched for by the identity provider) its role.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { approveSsoRegistration } from "@/lib/actions/open-data";

const roles = ["WG_MEMBER", "OFFICER", "MANAGER", "ADMIN"] as const;

export function ApproveRegistrationForm({ registration, organisations }: { registration: { id: string; email: string }; organisations: { id: string; label: string }[] }) {
  const { t } = useI18n();
  const form = useKeptForm(approveSsoRegistration);
  const { state, formAction, isPending, isBusy, error } = form;
  return (
    <form key={form.key} action={formAction} className="flex flex-wrap items-end gap-3" noValidate aria-label={`${t("singleSignOn.registrations.approve")}: ${registration.email}`}>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={registration.id} />
      <SelectField
        label={t("singleSignOn.registrations.role")}
        name="role"
        required
        defaultValue={form.value("role", "WG_MEMBER")}
        options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        error={error("role")}
      />
      <SelectField
        label={t("singleSignOn.registrations.organisation")}
        name="organisationId"
        defaultValue={form.value("organisationId", "")}
        options={[{ value: "", label: t("singleSignOn.registrations.noOrganisation") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.label }))]}
        error={error("organisationId")}
      />
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("singleSignOn.registrations.approve")}
      </Button>
    </form>
  );
}
