"use client";
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError, useErrorText } from "@/components/ui/form-status";
import { signInWithPassword } from "@/lib/actions/auth";

export function LoginForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(signInWithPassword, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={values?.email ?? ""}
        error={errorText(fieldError(state, "email"))}
      />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errorText(fieldError(state, "password"))}
      />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
