"use client";
// The account page's second-factor controls: start setting up an app, confirm it (EnrolForm),
// or turn it off (asks first).
import { useI18n } from "@/components/i18n/i18n-provider";
import { EnrolForm } from "@/components/auth/enrol-form";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { confirmMyEnrolment, removeMySecondFactor, startMyEnrolment } from "@/lib/actions/second-factor";

export function StartEnrolmentButton() {
  const { t } = useI18n();
  const form = useKeptForm(startMyEnrolment);
  return (
    <form key={form.key} action={form.formAction} className="space-y-2">
      <FormStatus state={form.state} />
      <Button type="submit" disabled={form.isBusy}>
        {t("account.mfa.start")}
      </Button>
    </form>
  );
}

export function ConfirmEnrolment({ qrCode, typedKey }: { qrCode: string; typedKey: string }) {
  return <EnrolForm action={confirmMyEnrolment} qrCode={qrCode} typedKey={typedKey} />;
}

export function RemoveSecondFactorButton() {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={removeMySecondFactor}
      fields={{}}
      triggerLabel={t("account.mfa.remove")}
      title={t("account.mfa.removeTitle")}
      body={t("account.mfa.removeBody")}
      confirmLabel={t("account.mfa.removeConfirm")}
    />
  );
}
