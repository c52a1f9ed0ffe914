"use client";
// Archive (with confirmation) or bring back an agreement.
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { archiveAgreement } from "@/lib/actions/agreements";

export function ArchiveControl({ agreementId, version, isArchived }: { agreementId: string; version: number; isArchived: boolean }) {
  const { t } = useI18n();
  return isArchived ? (
    <ConfirmAction
      action={archiveAgreement}
      fields={{ id: agreementId, version, archived: "false" }}
      triggerLabel={t("agreements.archive.restore")}
      title={t("agreements.archive.restoreTitle")}
      body={t("agreements.archive.restoreBody")}
      confirmLabel={t("agreements.archive.restore")}
      variant="primary"
    />
  ) : (
    <ConfirmAction
      action={archiveAgreement}
      fields={{ id: agreementId, version, archived: "true" }}
      triggerLabel={t("agreements.archive.archive")}
      title={t("agreements.archive.confirmTitle")}
      body={t("agreements.archive.confirmBody")}
      confirmLabel={t("agreements.archive.confirm")}
    />
  );
}
