"use client";
// An administrator publishes an agreement's public page, or takes it down, after confirming.
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { publishAgreement } from "@/lib/actions/open-data";

export function PublishControl({ agreementId, version, isPublished }: { agreementId: string; version: number; isPublished: boolean }) {
  const { t } = useI18n();
  return isPublished ? (
    <ConfirmAction
      action={publishAgreement}
      fields={{ id: agreementId, version, published: "false" }}
      triggerLabel={t("publicPages.control.unpublish")}
      title={t("publicPages.control.unpublishTitle")}
      body={t("publicPages.control.unpublishBody")}
      confirmLabel={t("publicPages.control.unpublishConfirm")}
    />
  ) : (
    <ConfirmAction
      action={publishAgreement}
      fields={{ id: agreementId, version, published: "true" }}
      triggerLabel={t("publicPages.control.publish")}
      title={t("publicPages.control.publishTitle")}
      body={t("publicPages.control.publishBody")}
      confirmLabel={t("publicPages.control.publishConfirm")}
      variant="primary"
    />
  );
}
