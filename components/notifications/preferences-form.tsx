"use client";
// Notification settings: one choice per kind. Used signed in and through the signed link in a
// mail (then the token travels with the form and no session is needed).
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { saveNotificationPreferences, saveNotificationPreferencesByToken } from "@/lib/actions/notifications";
import { notificationDeliveries, type NotificationDelivery, type NotificationKind } from "@/lib/notifications/kinds";

export function PreferencesForm({ rows, token }: { rows: { kind: NotificationKind; delivery: NotificationDelivery }[]; token?: string }) {
  const { t } = useI18n();
  const [state, formAction, isPending] = useActionState(token ? saveNotificationPreferencesByToken : saveNotificationPreferences, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <table className="w-full border-collapse rounded-lg border border-gray-200 bg-white text-sm">
        <caption className="sr-only">{t("notifications.preferences.title")}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-left">
            <th scope="col" className="p-3 font-medium text-gray-900">
              {t("notifications.preferences.kindColumn")}
            </th>
            <th scope="col" className="p-3 font-medium text-gray-900">
              {t("notifications.preferences.deliveryColumn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind} className="border-b border-gray-100">
              <th scope="row" className="p-3 text-left font-normal text-gray-900">
                <label htmlFor={`delivery-${row.kind}`}>{t(`notifications.kinds.${row.kind}.label`)}</label>
              </th>
              <td className="p-3">
                <select id={`delivery-${row.kind}`} name={row.kind} defaultValue={row.delivery} className="rounded-md border border-gray-300 px-3 py-2">
                  {notificationDeliveries.map((delivery) => (
                    <option key={delivery} value={delivery}>
                      {t(`notifications.deliveries.${delivery}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormStatus state={state} successText={t("notifications.preferences.saved")} />
      <div>
        <Button type="submit" disabled={isPending}>
          {t("notifications.preferences.save")}
        </Button>
      </div>
    </form>
  );
}
