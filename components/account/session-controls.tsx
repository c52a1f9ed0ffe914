"use client";
// Ending sessions from the account page: one device, or every device but this one. Both ask first.
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { endMyOtherSessions, endMySession } from "@/lib/actions/account";

export function EndSessionButton({ sessionId, device, isCurrent }: { sessionId: string; device: string; isCurrent: boolean }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={endMySession}
      fields={{ sessionId }}
      triggerLabel={isCurrent ? t("account.sessions.signOutHere") : t("account.sessions.end", { device })}
      title={t("account.sessions.endTitle")}
      body={isCurrent ? t("account.sessions.endCurrentBody") : t("account.sessions.endBody", { device })}
      confirmLabel={t("account.sessions.endConfirm")}
    />
  );
}

export function EndOtherSessionsButton() {
  const { t } = useI18n();
  return (
    <ConfirmAction
      action={endMyOtherSessions}
      fields={{}}
      triggerLabel={t("account.sessions.endOthers")}
      title={t("account.sessions.endOthersTitle")}
      body={t("account.sessions.endOthersBody")}
      confirmLabel={t("account.sessions.endConfirm")}
    />
  );
}
