"use client";
// Confirming a new second factor: the QR code and the typed key, then the app's first code.
// On success the recovery codes are shown once, with what comes next (`after`).
import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { ActionResult } from "@/lib/actions/result";
import { RecoveryCodes } from "./recovery-codes";

type EnrolAction = (previous: unknown, formData: FormData) => Promise<ActionResult<{ recoveryCodes: string[] }>>;

export function EnrolForm({ action, qrCode, typedKey, after }: { action: EnrolAction; qrCode: string; typedKey: string; after?: ReactNode }) {
  const { t } = useI18n();
  const form = useKeptForm(action);
  const { state, formAction, isPending, isBusy } = form;
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <RecoveryCodes codes={state.data.recoveryCodes} />
        {after}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: address drawn on the server; next/image adds nothing here */}
      <img src={qrCode} alt={t("auth.enrol.qrAlt")} width={200} height={200} className="rounded border border-gray-200" />
      <div>
        <p className="text-sm font-medium text-gray-800">{t("auth.enrol.key")}</p>
        <p className="font-mono text-sm break-all" data-testid="totp-key">
          {typedKey}
        </p>
      </div>
      <form key={form.key} action={formAction} className="max-w-sm space-y-4" noValidate>
        <FormStatus state={state} />
        <TextField label={t("auth.enrol.code")} name="code" autoComplete="one-time-code" inputMode="numeric" required error={form.error("code")} />
        <Button type="submit" disabled={isBusy}>
          {isPending ? t("common.saving") : t("auth.enrol.submit")}
        </Button>
      </form>
    </div>
  );
}
