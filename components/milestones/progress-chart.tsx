// Percent complete over time against the plan (a straight line from 0% at the start to 100% at
// the target date), with today marked. Inline SVG drawn on the server; the same numbers are in
// the table beside it and in a one-sentence summary, so nothing depends on seeing the chart.
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { plannedPercent } from "@/lib/milestones/rules";

export type ChartPoint = { id: string; reportedOn: Date; percentComplete: number; status: string };

const width = 640;
const height = 260;
const pad = { left: 44, right: 16, top: 16, bottom: 36 };

export function progressSummary({ points, startOn, targetOn, today, t, locale }: { points: ChartPoint[]; startOn: Date; targetOn: Date; today: Date; t: Translate; locale: Locale }): string {
  const latest = points[points.length - 1];
  if (!latest) return t("progress.summary.none", { target: formatDate(targetOn, locale) });
  const planned = plannedPercent(startOn, targetOn, latest.reportedOn);
  const gap = latest.percentComplete - planned;
  const values = { percent: latest.percentComplete, date: formatDate(latest.reportedOn, locale), planned, target: formatDate(targetOn, locale), points: Math.abs(gap), today: formatDate(today, locale) };
  if (gap < 0) return t("progress.summary.behind", values);
  if (gap > 0) return t("progress.summary.ahead", values);
  return t("progress.summary.onPlan", values);
}

export function ProgressChart({ points, startOn, targetOn, today, t, locale, titleId, summaryId }: {
  points: ChartPoint[];
  startOn: Date;
  targetOn: Date;
  today: Date;
  t: Translate;
  locale: Locale;
  titleId: string;
  summaryId: string;
}) {
  const day = today;
  const times = [startOn, targetOn, day, ...points.map((point) => point.reportedOn)].map((date) => date.getTime());
  const from = Math.min(...times);
  const to = Math.max(...times);
  const span = Math.max(1, to - from);
  const x = (date: Date) => pad.left + ((date.getTime() - from) / span) * (width - pad.left - pad.right);
  const y = (percent: number) => pad.top + (1 - percent / 100) * (height - pad.top - pad.bottom);
  const actual = points.map((point) => `${x(point.reportedOn).toFixed(1)},${y(point.percentComplete).toFixed(1)}`).join(" ");

  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${summaryId}`} className="h-auto w-full max-w-3xl">
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
          <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#4b5563">
            {t("compose.percent", { value: tick })}
          </text>
        </g>
      ))}
      <text x={pad.left} y={height - 10} fontSize="11" fill="#4b5563">
        {formatDate(new Date(from), locale)}
      </text>
      <text x={width - pad.right} y={height - 10} textAnchor="end" fontSize="11" fill="#4b5563">
        {formatDate(new Date(to), locale)}
      </text>
      <line x1={x(startOn)} y1={y(0)} x2={x(targetOn)} y2={y(100)} stroke="#6b7280" strokeWidth="2" strokeDasharray="6 4" />
      <line x1={x(day)} x2={x(day)} y1={pad.top} y2={height - pad.bottom} stroke="#b45309" strokeWidth="1.5" />
      <text x={x(day) > width * 0.8 ? x(day) - 4 : x(day) + 4} y={pad.top + 10} textAnchor={x(day) > width * 0.8 ? "end" : "start"} fontSize="11" fill="#92400e">
        {t("progress.chart.today")}
      </text>
      {points.length > 1 ? <polyline points={actual} fill="none" stroke="#2563eb" strokeWidth="2.5" /> : null}
      {points.map((point) => (
        <circle key={point.id} cx={x(point.reportedOn)} cy={y(point.percentComplete)} r="4" fill="#2563eb" />
      ))}
    </svg>
  );
}
