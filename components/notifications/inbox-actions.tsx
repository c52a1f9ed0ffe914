"use client";
// Marking notifications read: one at a time, or all at once.
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/actions/notifications";

export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(markNotificationRead, { status: "idle" });
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" disabled={isPending} aria-label={`${t("notifications.inbox.markRead")}: ${label}`} className="px-2 py-1 text-xs">
        {t("notifications.inbox.markRead")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function MarkAllReadButton() {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(markAllNotificationsRead, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("notifications.inbox.markAllRead")}
      </Button>
      <FormStatus state={state} successText={t("notifications.inbox.markedAllRead")} />
    </form>
  );
}
