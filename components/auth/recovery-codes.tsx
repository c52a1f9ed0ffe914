"use client";
// The ten recovery codes, shown once right after enrolment.
import { useI18n } from "@/components/i18n/i18n-provider";

export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-codes-title" className="font-semibold text-gray-900">
        {t("auth.recoveryCodes.title")}
      </h2>
      <p className="text-sm text-gray-800">{t("auth.recoveryCodes.intro")}</p>
      <ul aria-label={t("auth.recoveryCodes.listLabel")} className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
