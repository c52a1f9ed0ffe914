// Each side's "To confirm" queue: progress updates on joint milestones the other side reported,
// to confirm or dispute; the disputes the reader's side has open; and the reader's side's updates
// the other side disputes, to correct.
import Link from "next/link";
import { AnswerForms } from "@/components/joint-progress/answer-forms";
import { confirmationStateText } from "@/components/joint-progress/confirmation-state";
import { CappedNote } from "@/components/ui/capped-note";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getConfirmationQueue } from "@/lib/data/joint-progress";
import { canUseConfirmationQueue } from "@/lib/permissions";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

export const generateMetadata = pageTitle("jointProgress.queue.title");

type Queue = Awaited<ReturnType<typeof getConfirmationQueue>>;
type Row = Queue["awaiting"]["rows"][number];
type ListKind = "awaiting" | "disputedByUs" | "disputedMine";

export default async function ToConfirmPage() {
  await requireUserForPage(canUseConfirmationQueue);
  const [{ t, locale }, queue] = await Promise.all([getTranslations(), getConfirmationQueue()]);
  const notStated = t("common.notStated");

  const answer = (kind: ListKind, row: Row) => {
    const dateText = formatDate(row.progressUpdate.reportedOn, locale);
    if (kind === "disputedMine") {
      return queue.canCorrect ? (
        <Link href={`/milestones/${row.milestone.id}?correct=${row.progressUpdateId}#log`}>
          {t("jointProgress.correctDisputed")}
          <span className="sr-only"> ({localized(row.milestone, "title", locale)}, {dateText})</span>
        </Link>
      ) : (
        <Link href={`/milestones/${row.milestone.id}#updates`}>{t("jointProgress.queue.open")}</Link>
      );
    }
    return <AnswerForms confirmationId={row.id} version={row.version} dateText={dateText} from="queue" canDispute={kind === "awaiting"} />;
  };

  const list = (kind: ListKind, title: string, empty: string) => {
    const rows = queue[kind];
    return (
      <Section title={title} id={kind}>
        {rows.rows.length === 0 ? (
          <p className="text-sm text-gray-700">{empty}</p>
        ) : (
          <>
            <DataTable
              caption={title}
              rows={rows.rows}
              rowKey={(row) => row.id}
              rowHeader
              columns={[
                { key: "milestone", header: t("jointProgress.queue.milestone"), cell: (row) => <Link href={`/milestones/${row.milestone.id}#updates`}>{localized(row.milestone, "title", locale)}</Link> },
                { key: "agreement", header: t("jointProgress.queue.agreement"), cell: (row) => localized(row.milestone.agreement, "title", locale) },
                { key: "reportedOn", header: t("jointProgress.queue.reportedOn"), cell: (row) => formatDate(row.progressUpdate.reportedOn, locale) },
                { key: "percent", header: t("jointProgress.queue.percent"), cell: (row) => t("compose.percent", { value: row.progressUpdate.percentComplete }) },
                { key: "reportedBy", header: t("jointProgress.queue.reportedBy"), cell: (row) => row.progressUpdate.author?.name ?? notStated },
                {
                  key: "state",
                  header: t("jointProgress.queue.state"),
                  cell: (row) => (
                    <>
                      {confirmationStateText(row, t)}
                      {row.disputeComment ? <span className="block text-gray-700">{row.disputeComment}</span> : null}
                    </>
                  ),
                },
                { key: "answer", header: t("jointProgress.queue.answer"), cell: (row) => answer(kind, row) },
              ]}
            />
            <CappedNote shown={rows.rows.length} total={rows.total} t={t} />
          </>
        )}
      </Section>
    );
  };

  return (
    <>
      <PageHeader title={t("jointProgress.queue.title")} description={t("jointProgress.queue.description")} />
      <div className="space-y-6">
        {list("awaiting", t("jointProgress.queue.awaiting"), t("jointProgress.queue.awaitingEmpty"))}
        {list("disputedByUs", t("jointProgress.queue.disputedByUs"), t("jointProgress.queue.disputedByUsEmpty"))}
        {list("disputedMine", t("jointProgress.queue.disputedMine"), t("jointProgress.queue.disputedMineEmpty"))}
      </div>
    </>
  );
}
