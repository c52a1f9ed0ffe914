"use client";
// Proving who one is again before sensitive actions (lib/auth/reauth.ts): the password, and the
// app's code when the user has a second factor. Says until when the last proof holds.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { reauthenticate } from "@/lib/actions/second-factor";

export function ReauthForm({ validUntil, hasSecondFactor }: { validUntil: string | null; hasSecondFactor: boolean }) {
  const { t } = useI18n();
  const form = useKeptForm(reauthenticate);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <section aria-labelledby="reauth-title" className="max-w-md space-y-3 rounded-md border border-gray-200 bg-white p-4">
      <h2 id="reauth-title" className="font-semibold text-gray-900">
        {t("auth.reauth.title")}
      </h2>
      <p className="text-sm text-gray-700">{t("auth.reauth.intro")}</p>
      {validUntil ? <p className="text-sm text-green-800">{t("auth.reauth.validUntil", { time: validUntil })}</p> : null}
      <form key={form.key} action={formAction} className="space-y-3" noValidate>
        <FormStatus state={state} />
        <TextField label={t("auth.reauth.password")} name="password" type="password" autoComplete="current-password" required error={form.error("password")} />
        {hasSecondFactor ? (
          <TextField label={t("auth.reauth.code")} hint={t("auth.reauth.codeHint")} name="code" autoComplete="one-time-code" error={form.error("code")} />
        ) : null}
        <Button type="submit" variant="secondary" disabled={isBusy}>
          {isPending ? t("common.saving") : t("auth.reauth.submit")}
        </Button>
      </form>
    </section>
  );
}
