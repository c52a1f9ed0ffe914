"use client";
import { useI18n } from "@/components/i18n/i18n-provider";

/** A skeleton shown while a page's data loads; announced politely to screen readers. */
export function LoadingState() {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("common.loading")}</span>
      <div aria-hidden="true" className="h-8 w-1/3 animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="h-4 w-2/3 animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="h-40 w-full animate-pulse rounded bg-gray-200" />
    </div>
  );
}
