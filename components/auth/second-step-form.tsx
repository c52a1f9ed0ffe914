"use client";
// The second step of signing in: a code from the authenticator app, or a recovery code.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { verifySignInCode } from "@/lib/actions/auth";

export function SecondStepForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const form = useKeptForm(verifySignInCode);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label={t("auth.secondStep.code")}
        hint={t("auth.secondStep.codeHint")}
        name="code"
        autoComplete="one-time-code"
        inputMode="text"
        required
        error={form.error("code")}
      />
      <Button type="submit" className="w-full" disabled={isBusy}>
        {isPending ? t("auth.secondStep.submitting") : t("auth.secondStep.submit")}
      </Button>
    </form>
  );
}
