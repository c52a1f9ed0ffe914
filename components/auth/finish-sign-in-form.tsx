"use client";
// After the recovery codes were read: start the session.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { finishSignIn } from "@/lib/actions/auth";

export function FinishSignInForm({ next }: { next?: string }) {
  const { t } = useI18n();
  const form = useKeptForm(finishSignIn);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Button type="submit" disabled={form.isBusy}>
        {t("auth.enrol.continue")}
      </Button>
    </form>
  );
}
