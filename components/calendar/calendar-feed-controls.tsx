"use client";
// Creates, replaces or turns off the private calendar link. The link is shown only once, right
// after it is made: the server keeps only its hash.
import { useActionState, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/actions/calendar";

export function CalendarFeedControls({ hasFeed }: { hasFeed: boolean }) {
  const { t } = useI18n();
  const [created, createAction, isCreating] = useActionState(regenerateCalendarToken, { status: "idle" });
  const [revoked, revokeAction, isRevoking] = useActionState(revokeCalendarToken, { status: "idle" });
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const token = created.status === "success" ? created.data.token : null;
  const feedUrl = token && typeof window !== "undefined" ? `${window.location.origin}/api/calendar/${token}.ics` : null;
  return (
    <div className="space-y-4">
      <FormStatus state={created} />
      <FormStatus state={revoked} successText={t("calendar.revoked")} />
      {feedUrl ? (
        <div role="status" className="space-y-2 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
          <p className="font-medium">{t("calendar.linkCreated")}</p>
          <label htmlFor="calendar-feed-url" className="block">
            {t("calendar.linkLabel")}
          </label>
          <input id="calendar-feed-url" readOnly value={feedUrl} className="block w-full rounded-md border border-gray-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
          <p className="text-xs text-gray-700">{t("calendar.shownOnce")}</p>
        </div>
      ) : null}
      <form action={createAction}>
        <Button type="submit" disabled={isCreating}>
          {hasFeed || token ? t("calendar.regenerate") : t("calendar.create")}
        </Button>
      </form>
      {(hasFeed || token) && revoked.status !== "success" ? (
        confirmingRevoke ? (
          <form action={revokeAction} className="flex flex-wrap items-center gap-2">
            <span className="text-sm">{t("calendar.confirmRevoke")}</span>
            <Button type="submit" variant="danger" disabled={isRevoking}>
              {t("calendar.revoke")}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingRevoke(false)}>
              {t("common.cancel")}
            </Button>
          </form>
        ) : (
          <Button variant="ghost" onClick={() => setConfirmingRevoke(true)}>
            {t("calendar.revoke")}
          </Button>
        )
      ) : null}
    </div>
  );
}
