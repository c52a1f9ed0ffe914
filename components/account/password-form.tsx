"use client";
// Change one's own password: the current one, then the new one twice. Passwords are never sent
// back to the browser, so after a refusal the fields are empty and the error says what to fix.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { changeMyPassword } from "@/lib/actions/account";

export function PasswordForm() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(changeMyPassword, { status: "idle" });
  const error = (field: string) => errorText(fieldError(state, field));
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label={t("account.password.current")} name="currentPassword" type="password" autoComplete="current-password" required error={error("currentPassword")} />
      <TextField label={t("account.password.new")} name="newPassword" type="password" autoComplete="new-password" hint={t("account.password.newHint")} required error={error("newPassword")} />
      <TextField label={t("account.password.confirm")} name="confirmPassword" type="password" autoComplete="new-password" required error={error("confirmPassword")} />
      <Button type="submit" disabled={isPending}>
        {isPending ? t("common.saving") : t("account.password.submit")}
      </Button>
    </form>
  );
}
