import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { benchReferenceEnabled, referenceTable } from "@/lib/data/bench-reference";
import { formatDate } from "@/lib/format";
import { getTranslations } from "@/lib/i18n/server";
import { canListAllMilestones } from "@/lib/permissions";

// The bench's reference page (lib/data/bench-reference.ts). Its headings reuse the milestone
// list's wording; the page is never linked and exists only under the bench.
export default async function BenchReferencePage() {
  if (!benchReferenceEnabled()) notFound();
  await requireUserForPage(canListAllMilestones);
  const [{ t, locale }, rows] = await Promise.all([getTranslations(), referenceTable()]);
  return (
    <>
      <PageHeader title={t("milestones.allTitle")} />
      <DataTable
        caption={t("milestones.allTitle")}
        rows={rows}
        rowKey={(row) => row.id}
        rowHeader
        columns={[
          { key: "title", header: t("milestones.fields.titleEn"), cell: (row) => row.titleEn },
          { key: "target", header: t("milestones.fields.targetOn"), cell: (row) => formatDate(row.targetOn, locale) },
          { key: "status", header: t("dashboard.milestones.status"), cell: (row) => t(`milestones.status.${row.status}`) },
          { key: "percent", header: t("milestones.percent"), cell: (row) => t("milestones.percentValue", { percent: row.percentComplete }), align: "end" },
        ]}
      />
    </>
  );
}
