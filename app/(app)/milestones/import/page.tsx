import Link from "next/link";
import { ImportForm } from "@/components/milestones/import-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { milestoneColumns, progressColumns, requiredColumns } from "@/lib/import/columns";
import { getTranslations, pageTitle } from "@/lib/i18n/server";
import { canImportMilestones } from "@/lib/permissions";

export const generateMetadata = pageTitle("imports.title");

export default async function ImportPage() {
  await requireUserForPage(canImportMilestones);
  const { t } = await getTranslations();
  const templates = [
    { kind: "milestones", columns: milestoneColumns },
    { kind: "progress", columns: progressColumns },
  ] as const;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/milestones">{t("milestones.myTitle")}</Link>
      </nav>
      <PageHeader title={t("imports.title")} description={t("imports.description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <ImportForm />
        </div>
        <Section title={t("imports.templatesTitle")} id="templates">
          <div className="space-y-4 text-sm">
            {templates.map((template) => (
              <div key={template.kind}>
                <h3 className="font-medium">{t(`imports.kinds.${template.kind}`)}</h3>
                <p className="mt-1">
                  <a href={`/api/milestones/import-template/${template.kind}?format=csv`}>{t("imports.templateCsv")}</a> ·{" "}
                  <a href={`/api/milestones/import-template/${template.kind}?format=xlsx`}>{t("imports.templateXlsx")}</a>
                </p>
                <p className="mt-1 text-xs text-gray-600">
                  {t("compose.label", { label: t("imports.columns") })}{" "}
                  {template.columns.map((column, index) => (
                    <span key={column}>
                      {index > 0 ? ", " : ""}
                      <code>{column}</code>
                      {requiredColumns[template.kind].includes(column) ? "*" : ""}
                    </span>
                  ))}
                </p>
              </div>
            ))}
            <p className="text-xs text-gray-600">{t("imports.columnsHint")}</p>
          </div>
        </Section>
      </div>
    </>
  );
}
