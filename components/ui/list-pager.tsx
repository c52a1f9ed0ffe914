// Says when a list shows only part of its rows ("Showing 1–50 of 312") and links to the other
// pages; plain links, so it works before scripts run. Renders nothing for a list shown whole.
import Link from "next/link";
import type { ListPage } from "@/lib/data/paging";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export function ListPager({ list, hrefFor, t, locale }: { list: Omit<ListPage<unknown>, "rows">; hrefFor: (page: number) => string; t: Translate; locale: Locale }) {
  const { page, pageSize, total } = list;
  if (total <= pageSize && page === 1) return null;
  const from = Math.min((page - 1) * pageSize + 1, total);
  const to = Math.min(page * pageSize, total);
  const hasNext = to < total;
  const number = (value: number) => formatNumber(value, locale);
  return (
    <nav aria-label={t("capped.pages")} className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p className="text-gray-700">{t("capped.showing", { from: number(from), to: number(to), total: number(total) })}</p>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="inline-block py-0.5">
          {t("capped.newer")}
        </Link>
      ) : null}
      {hasNext ? (
        <Link href={hrefFor(page + 1)} className="inline-block py-0.5">
          {t("capped.older")}
        </Link>
      ) : null}
    </nav>
  );
}
