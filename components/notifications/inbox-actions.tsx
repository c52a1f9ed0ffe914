"use client";
// Marking notifications read: one at a time, or all at once.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/actions/notifications";

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const { t } = useI18n();
  const { state, formAction, isBusy, key } = useKeptForm(markNotificationRead);
  return (
    <form key={key} action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={isBusy} aria-label={t("compose.labelled", { label: t("notifications.inbox.markRead"), value: label })} className="px-2 py-1 text-xs">
        {t("notifications.inbox.markRead")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function MarkAllReadButton() {
  const { t } = useI18n();
  const { state, formAction, isBusy, key } = useKeptForm(markAllNotificationsRead);
  return (
    <form key={key} action={formAction} className="flex flex-col items-end gap-2">
      <Button type="submit" variant="secondary" disabled={isBusy}>
        {t("notifications.inbox.markAllRead")}
      </Button>
      <FormStatus state={state} successText={t("notifications.inbox.markedAllRead")} />
    </form>
  );
}
