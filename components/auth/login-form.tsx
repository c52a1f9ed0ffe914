"use client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { signInWithPassword } from "@/lib/actions/auth";

export function LoginForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const form = useKeptForm(signInWithPassword);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label={t("auth.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={form.value("email", "")}
        error={form.error("email")}
      />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={form.error("password")}
      />
      <Button type="submit" className="w-full" disabled={isBusy}>
        {isPending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
