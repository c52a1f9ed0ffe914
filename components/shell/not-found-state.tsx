import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";

export async function NotFoundState() {
  const { t } = await getTranslations();
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-8">
      <h1 className="text-xl font-semibold text-gray-900">{t("common.notFoundTitle")}</h1>
      <p className="mt-2 text-sm text-gray-700">{t("common.notFoundBody")}</p>
      <p className="mt-4">
        <Link href="/">{t("common.backHome")}</Link>
      </p>
    </div>
  );
}
