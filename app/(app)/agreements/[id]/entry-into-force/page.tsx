import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmEntryForm, CorrectStepButton, RemoveStepButton, RuleForm, StepForm } from "@/components/entry-into-force/forms";
import { ProcedureTimeline } from "@/components/entry-into-force/procedure-timeline";
import { EntryIntoForceLine } from "@/components/entry-into-force/status-line";
import { AgreementStatusBadge } from "@/components/agreements/status-badge";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requireUserForPage } from "@/lib/auth/session";
import { getEntryIntoForce } from "@/lib/data/agreement-texts";
import type { EntryRule } from "@/lib/agreements/entry-into-force";
import { isoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { getTranslations, pageTitle } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = pageTitle("entryIntoForce.title");

function ruleSummary(rule: EntryRule | null, t: Translate, locale: Locale): string {
  if (!rule) return t("entryIntoForce.ruleSummary.none");
  switch (rule.kind) {
    case "ON_SIGNATURE":
    case "LATER_NOTIFICATION":
      return t(`entryIntoForce.ruleSummary.${rule.kind}`);
    case "FIXED_DATE":
      return t("entryIntoForce.ruleSummary.FIXED_DATE", { date: formatDate(rule.on, locale) });
    case "AFTER_LATER_NOTIFICATION":
      return t(rule.unit === "DAYS" ? "entryIntoForce.ruleSummary.AFTER_DAYS" : "entryIntoForce.ruleSummary.AFTER_MONTHS", { count: rule.after });
  }
}

export default async function EntryIntoForcePage({ params }: Props) {
  await requireUserForPage();
  const { id } = await params;
  const [{ t, locale }, agreement] = await Promise.all([getTranslations(), getEntryIntoForce(id)]);
  if (!agreement) notFound();
  const title = localized(agreement, "title", locale);
  const { result } = agreement;

  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="mb-2 text-sm">
        <Link href="/agreements">{t("agreements.title")}</Link> / <Link href={`/agreements/${agreement.id}`}>{title}</Link>
      </nav>
      <PageHeader
        title={t("entryIntoForce.title")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {title}
            <AgreementStatusBadge status={agreement.status} t={t} />
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={t("entryIntoForce.title")} id="entry">
            <div className="space-y-2" role="status" aria-live="polite">
              <EntryIntoForceLine result={result} t={t} locale={locale} />
              <p className="text-sm text-gray-700">{ruleSummary(agreement.rule, t, locale)}</p>
            </div>
            {agreement.canPropose && result.state === "date" ? (
              <div className="mt-4 rounded-md border border-blue-200 bg-blue-50 p-4">
                <h3 className="font-medium">{t("entryIntoForce.proposal.title")}</h3>
                <p className="mb-3 mt-1 text-sm">{t("entryIntoForce.proposal.body", { date: formatDate(result.on, locale) })}</p>
                <ConfirmEntryForm agreementId={agreement.id} version={agreement.version} date={formatDate(result.on, locale)} />
              </div>
            ) : null}
          </Section>
          <Section title={t("entryIntoForce.timeline.title")} id="timeline">
            <ProcedureTimeline
              steps={agreement.domesticSteps}
              agreementId={agreement.id}
              t={t}
              locale={locale}
              actionsFor={(step) =>
                agreement.recordableSides.includes(step.side) ? (
                  <div className="flex flex-wrap gap-3">
                    <CorrectStepButton
                      step={{ id: step.id, version: step.version, kind: step.kind, occurredOn: isoDay(step.occurredOn), note: step.note }}
                      kindLabel={t(`entryIntoForce.kinds.${step.kind}`)}
                      date={formatDate(step.occurredOn, locale)}
                    />
                    <RemoveStepButton step={step} kind={t(`entryIntoForce.kinds.${step.kind}`)} date={formatDate(step.occurredOn, locale)} />
                  </div>
                ) : null
              }
            />
          </Section>
        </div>
        <div className="space-y-6">
          {agreement.recordableSides.map((side) => (
            <Section key={side} title={t("entryIntoForce.stepForm.title", { country: t(`sides.${side}`) })} id={`record-${side.toLowerCase()}`}>
              <StepForm agreementId={agreement.id} side={side} key={`${side}-${agreement.domesticSteps.length}`} />
            </Section>
          ))}
          {agreement.canEdit ? (
            <Section title={t("entryIntoForce.ruleForm.title")} id="rule">
              <RuleForm
                agreementId={agreement.id}
                version={agreement.version}
                key={agreement.version}
                saved={{
                  rule: agreement.entryIntoForceRule,
                  fixedOn: agreement.entryIntoForceOn ? isoDay(agreement.entryIntoForceOn) : null,
                  after: agreement.entryIntoForceAfter,
                  unit: agreement.entryIntoForceUnit,
                }}
              />
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}
