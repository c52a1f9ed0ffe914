import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { getNewWorkingGroupOptions, listWorkingGroups } from "@/lib/data/working-groups";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("workingGroups.title");

export default async function WorkingGroupsPage() {
  const [{ t, locale }, groups, manageable] = await Promise.all([getTranslations(), listWorkingGroups(), getNewWorkingGroupOptions()]);
  return (
    <>
      <PageHeader
        title={t("workingGroups.title")}
        description={t("workingGroups.description")}
        actions={
          manageable.length > 0 ? (
            <Link href="/working-groups/new" className={buttonClasses("primary")}>
              {t("workingGroups.create")}
            </Link>
          ) : null
        }
      />
      {groups.length === 0 ? (
        <EmptyState title={t("workingGroups.empty")} description={t("workingGroups.emptyHint")} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {groups.map((group) => (
            <li key={group.id} className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/working-groups/${group.id}`}>{localized(group, "name", locale)}</Link>
              </h2>
              <p className="mt-1 text-sm text-gray-600">{localized(group.agreement, "title", locale)}</p>
              <p className="mt-2 text-sm">
                {t("workingGroups.memberCount", { count: group._count.members })} · {t("workingGroups.meetingCount", { count: group._count.meetings })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
