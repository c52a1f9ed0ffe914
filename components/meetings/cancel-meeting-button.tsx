"use client";
// Cancelling a meeting is destructive, so it takes a second, explicit confirmation.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { FormStatus } from "@/components/ui/form-status";
import { cancelMeeting } from "@/lib/actions/meetings";

export function CancelMeetingButton({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const form = useKeptForm(cancelMeeting);
  const { state, formAction, isBusy } = form;
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t("meetings.cancel")}
      </Button>
    );
  }
  return (
    <form key={form.key} action={formAction} className="flex flex-wrap items-center gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="yes" />
      <span className="text-sm">{t("meetings.confirmCancel")}</span>
      <Button type="submit" variant="danger" disabled={isBusy}>
        {t("meetings.confirmCancelButton")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {t("meetings.keepMeeting")}
      </Button>
    </form>
  );
}
