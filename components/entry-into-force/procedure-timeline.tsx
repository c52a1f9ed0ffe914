// Both sides' domestic steps on one timeline: a row per step in date order, with Malaysia's and
// China's steps in their own columns (lanes), so each government's path reads down its column
// and the table reads as a list to assistive technology.
import type { ReactNode } from "react";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ExampleBadge } from "@/components/ui/example-badge";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export interface TimelineStep {
  id: string;
  version: number;
  side: "MALAYSIA" | "CHINA";
  kind: "CABINET_APPROVAL" | "PARLIAMENTARY_APPROVAL" | "NOTIFICATION" | "OTHER";
  occurredOn: Date;
  note: string | null;
  isExample: boolean;
  document: { id: string; title: string; file: { fileName: string } | null } | null;
}

export function ProcedureTimeline({
  steps,
  agreementId,
  t,
  locale,
  actionsFor,
}: {
  steps: readonly TimelineStep[];
  agreementId: string;
  t: Translate;
  locale: Locale;
  /** Controls shown with a step (removal), for those who may use them. */
  actionsFor?: (step: TimelineStep) => ReactNode;
}) {
  const lane = (side: TimelineStep["side"]): Column<TimelineStep> => ({
    key: side,
    header: t(`sides.${side}`),
    className: "align-top min-w-56",
    cell: (step) =>
      step.side !== side ? null : (
        <div className="space-y-1 text-sm">
          <p className="font-medium">
            {t(`entryIntoForce.kinds.${step.kind}`)} {step.isExample ? <ExampleBadge label={t("common.example")} /> : null}
          </p>
          {step.note ? <p className="whitespace-pre-line text-gray-700">{step.note}</p> : null}
          {step.document?.file ? (
            <p>
              <a href={`/agreements/${agreementId}/documents/${step.document.id}`} download>
                {t("agreementTexts.document", { name: step.document.file.fileName })}
              </a>
            </p>
          ) : null}
          {actionsFor?.(step)}
        </div>
      ),
  });
  const columns: Column<TimelineStep>[] = [
    { key: "date", header: t("entryIntoForce.timeline.date"), className: "align-top whitespace-nowrap", sort: "ascending", cell: (step) => formatDate(step.occurredOn, locale) },
    lane("MALAYSIA"),
    lane("CHINA"),
  ];
  return <DataTable caption={t("entryIntoForce.timeline.caption")} columns={columns} rows={steps} rowKey={(step) => step.id} rowHeader empty={t("entryIntoForce.timeline.empty")} />;
}
