import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/action-items/comment-form";
import { ActionItemStatusBadge } from "@/components/action-items/status-badge";
import { TransitionForm } from "@/components/action-items/transition-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { ExampleBadge } from "@/components/ui/example-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { actionItemStatuses } from "@/lib/action-items/status-machine";
import { getActionItemDetail } from "@/lib/data/action-items";
import { formatDate, formatDateTime } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import { getTranslations } from "@/lib/i18n/server";
import { displayName } from "@/lib/people/display-name";
import { CappedNote } from "@/components/ui/capped-note";
import { ProvisionalBadge } from "@/components/meetings/provisional-badge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslations()]);
  const detail = await getActionItemDetail(id);
  return { title: detail ? localized(detail.item, "title", locale) : t("common.notFoundTitle") };
}

export default async function ActionItemPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, detail] = await Promise.all([getTranslations(), getActionItemDetail(id)]);
  if (!detail) notFound();
  const { item, comments, history, transitions, canComment, canEdit, isOverdue, isProvisional } = detail;
  const title = localized(item, "title", locale);
  const historyLabel = (action: string) => {
    const status = actionItemStatuses.find((candidate) => action === `actionItem.${candidate.toLowerCase()}`);
    if (status) return t(`actionItems.status.${status}`);
    if (action === "actionItem.create") return t("actionItems.historyCreated");
    if (action === "actionItem.update") return t("actionItems.historyUpdated");
    return t("actionItems.historyCommented");
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/action-items">{t("actionItems.title")}</Link> / <Link href={`/working-groups/${item.workingGroup.id}`}>{localized(item.workingGroup, "name", locale)}</Link>
      </nav>
      <PageHeader
        title={title}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <ActionItemStatusBadge status={item.status} label={t(`actionItems.status.${item.status}`)} />
            {isOverdue ? <Badge tone="danger">{t("actionItems.overdue")}</Badge> : null}
            {item.isExample ? <ExampleBadge label={t("common.example")} /> : null}
          </span>
        }
        actions={
          canEdit ? (
            <Link href={`/action-items/${item.id}/edit`} className={buttonClasses("secondary")}>
              {t("actionItems.edit")}
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("actionItems.details")} id="details">
            <dl className="grid gap-3 text-sm md:grid-cols-2">
              <div>
                <dt className="font-medium">{t("actionItems.fields.malaysiaOwner")}</dt>
                <dd>{item.malaysiaOwner ? displayName(item.malaysiaOwner, locale) : "—"}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.fields.chinaOwner")}</dt>
                <dd>{item.chinaOwner ? displayName(item.chinaOwner, locale) : "—"}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.columns.ownerSide")}</dt>
                <dd>{t(`sides.${item.ownerSide}`)}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.fields.dueOn")}</dt>
                <dd>{formatDate(item.dueOn, locale)}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.fields.priority")}</dt>
                <dd>{t(`actionItems.priority.${item.priority}`)}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.columns.meeting")}</dt>
                <dd>
                  {item.meeting ? <Link href={`/meetings/${item.meeting.id}`}>{localized(item.meeting, "title", locale)}</Link> : "—"}
                  {isProvisional ? (
                    <span className="mt-1 block">
                      <ProvisionalBadge t={t} /> <span className="text-xs text-gray-600">{t("agreedMinutes.provisionalHint")}</span>
                    </span>
                  ) : null}
                </dd>
              </div>
              {item.decision ? (
                <div className="md:col-span-2">
                  <dt className="font-medium">{t("actionItems.fields.decision")}</dt>
                  <dd>{localized(item.decision, "text", locale)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="font-medium">{t("actionItems.fields.cooperationArea")}</dt>
                <dd>{item.cooperationArea ? `${item.cooperationArea.number}. ${localized(item.cooperationArea, "title", locale)}` : "—"}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("actionItems.fields.milestone")}</dt>
                <dd>{item.milestone ? localized(item.milestone, "title", locale) : "—"}</dd>
              </div>
              {item.statusReason ? (
                <div className="md:col-span-2">
                  <dt className="font-medium">{t("actionItems.statusReason")}</dt>
                  <dd>{item.statusReason}</dd>
                </div>
              ) : null}
            </dl>
            {item.descriptionEn ? <p className="mt-4 whitespace-pre-line text-sm">{localized(item, "description", locale)}</p> : null}
          </Section>
          <Section title={t("actionItems.comments")} id="comments">
            {comments.total === 0 ? <p className="text-sm text-gray-600">{t("actionItems.noComments")}</p> : null}
            <CappedNote shown={comments.rows.length} total={comments.total} t={t} />
            <ol className="mb-4 space-y-3">
              {comments.rows.map((comment) => (
                <li key={comment.id} className="rounded-md bg-gray-50 p-3 text-sm">
                  <p className="text-xs text-gray-600">
                    {comment.author.name} · {formatDateTime(comment.createdAt, locale)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                </li>
              ))}
            </ol>
            {canComment ? <CommentForm id={item.id} itemTitle={title} /> : null}
          </Section>
        </div>
        <div className="space-y-6">
          <Section title={t("actionItems.nextSteps")} id="next-steps">
            {transitions.length === 0 ? <p className="text-sm text-gray-600">{t("actionItems.noTransitions")}</p> : null}
            <div className="space-y-3">
              {transitions.map((to) => (
                <TransitionForm key={to} id={item.id} version={item.version} to={to} itemTitle={title} />
              ))}
            </div>
          </Section>
          <Section title={t("actionItems.history")} id="history">
            <CappedNote shown={history.rows.length} total={history.total} t={t} />
            <ol className="space-y-2 text-sm">
              {history.rows.map((event) => (
                <li key={event.id}>
                  <p>{t("actionItems.historyEntry", { actor: event.actor?.name ?? "—", action: historyLabel(event.action) })}</p>
                  <p className="text-xs text-gray-600">{formatDateTime(event.at, locale)}</p>
                  {event.reason ? <p className="text-xs">{event.reason}</p> : null}
                </li>
              ))}
            </ol>
          </Section>
        </div>
      </div>
    </>
  );
}
