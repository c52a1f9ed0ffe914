// Says that a list shows only part of its rows ("Showing 20 of 143.") and, where there is one,
// links to the whole list. Renders nothing for a list shown whole. Data: lib/data/capped.ts.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

export function CappedNote({ shown, total, href, t }: { shown: number; total: number; href?: string; t: Translate }) {
  if (total <= shown) return null;
  return (
    <p className="mt-2 text-sm text-gray-700">
      {t("capped.showingFirst", { shown, total })}
      {href ? (
        <>
          {" "}
          <Link href={href} className="inline-block py-0.5 underline">
            {t("capped.seeAll")}
          </Link>
        </>
      ) : null}
    </p>
  );
}
