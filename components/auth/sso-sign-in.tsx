"use client";
// The button that signs in through the organisation's identity provider (when one is configured).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { signInWithSso } from "@/lib/actions/single-sign-on";

export function SsoSignIn({ label, next }: { label: string; next?: string }) {
  const { t } = useI18n();
  const form = useKeptForm(signInWithSso);
  const { state, formAction, isPending, isBusy } = form;
  return (
    <form key={form.key} action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Button type="submit" variant="secondary" className="w-full" disabled={isBusy}>
        {isPending ? t("auth.signingIn") : label}
      </Button>
    </form>
  );
}
