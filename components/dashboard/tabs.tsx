import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

const views = [
  { key: "overview", href: "/dashboard" },
  { key: "sides", href: "/dashboard/sides" },
  { key: "briefing", href: "/dashboard/briefing" },
] as const;

/** The dashboard's views as links that keep the filters; the current one is marked. */
export function DashboardTabs({ current, query, t }: { current: (typeof views)[number]["key"]; query: string; t: Translate }) {
  return (
    <nav aria-label={t("dashboard.tabs.label")} className="no-print mb-4 border-b border-gray-200">
      <ul className="flex flex-wrap gap-1">
        {views.map((view) => (
          <li key={view.key}>
            <Link
              href={`${view.href}${query}`}
              aria-current={view.key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline ${view.key === current ? "border-primary-700 text-gray-900" : "border-transparent text-gray-700 hover:border-gray-300"}`}
            >
              {t(`dashboard.tabs.${view.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
