"use client";
// What a user sees when a page fails: a plain message and a retry, never a stack trace. The
// digest lets an administrator find the full error in the server log.
import { useEffect } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export function ErrorState({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-gray-900">{t("common.errorTitle")}</h1>
      <p className="mt-2 text-sm text-gray-700">{t("common.errorBody")}</p>
      {error.digest ? <p className="mt-2 text-xs text-gray-600">{t("common.errorReference", { digest: error.digest })}</p> : null}
      <Button className="mt-4" onClick={reset}>
        {t("common.tryAgain")}
      </Button>
    </div>
  );
}
