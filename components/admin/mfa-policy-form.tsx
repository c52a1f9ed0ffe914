"use client";
// Which roles must sign in with a second factor: one checkbox per role.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { updateMfaPolicy } from "@/lib/actions/security-settings";
import type { Role } from "@/lib/auth/session-user";

export function MfaPolicyForm({ policies }: { policies: { role: Role; requiresMfa: boolean }[] }) {
  const { t } = useI18n();
  const form = useKeptForm(updateMfaPolicy);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} successText={state.status === "success" ? t("users.security.saved") : undefined} />
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-gray-800">{t("users.security.legend")}</legend>
        {policies.map((policy) => (
          <label key={policy.role} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="requiredRoles" value={policy.role} defaultChecked={form.isChecked("requiredRoles", policy.role, policy.requiresMfa)} />
            {t(`roles.${policy.role}`)}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={isBusy}>
        {isPending ? t("common.saving") : t("users.security.submit")}
      </Button>
    </form>
  );
}
