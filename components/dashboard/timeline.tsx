// Milestones on a timeline in inline SVG: an outlined bar from planned start to target, the
// reported progress hatched inside it, the percentage written beside it, and today as a
// labelled dashed line.
import { ChartPatterns } from "./chart-patterns";
import { fitText } from "./chart-text";

export interface TimelineRow {
  label: string;
  start: Date;
  target: Date;
  percent: number;
  trailing: string;
}

const width = 760;
const labelWidth = 220;
const trailingWidth = 120;
const rowHeight = 26;
const barHeight = 14;
const top = 22;
const bottom = 26;

export function Timeline({ id, title, summary, rows, today, todayLabel, dateText }: {
  id: string;
  title: string;
  summary: string;
  rows: TimelineRow[];
  today: Date;
  todayLabel: string;
  dateText: (date: Date) => string;
}) {
  const times = rows.flatMap((row) => [row.start.getTime(), row.target.getTime()]).concat(today.getTime());
  const from = Math.min(...times);
  const to = Math.max(...times);
  const span = Math.max(to - from, 1);
  const plotWidth = width - labelWidth - trailingWidth;
  const xOf = (time: number) => labelWidth + ((time - from) / span) * plotWidth;
  const height = top + rows.length * rowHeight + bottom;
  const todayX = xOf(today.getTime());
  return (
    <figure className="m-0">
      <svg role="img" aria-labelledby={`${id}-title ${id}-summary`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full print:max-w-full">
        <title id={`${id}-title`}>{title}</title>
        <ChartPatterns id={id} />
        {rows.map((row, index) => {
          const y = top + index * rowHeight;
          const x1 = xOf(row.start.getTime());
          const x2 = Math.max(xOf(row.target.getTime()), x1 + 2);
          const done = ((x2 - x1) * Math.min(Math.max(row.percent, 0), 100)) / 100;
          return (
            <g key={`${row.label}-${index}`}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 4} textAnchor="end" className="fill-gray-900 text-[11px]">
                {fitText(row.label, labelWidth - 12, 11)}
              </text>
              <rect x={x1} y={y} width={x2 - x1} height={barHeight} className="fill-white stroke-gray-800" strokeWidth="1" />
              {done > 0 ? <rect x={x1} y={y} width={done} height={barHeight} fill={`url(#${id}-hatch)`} className="stroke-gray-900" strokeWidth="0.5" /> : null}
              <text x={width - trailingWidth + 8} y={y + barHeight / 2 + 4} className="fill-gray-900 text-[11px]">
                {fitText(row.trailing, trailingWidth - 10, 11)}
              </text>
            </g>
          );
        })}
        <line x1={todayX} x2={todayX} y1={top - 6} y2={height - bottom + 4} className="stroke-red-700" strokeWidth="1.5" strokeDasharray="4 3" />
        <text x={todayX} y={top - 9} textAnchor="middle" className="fill-red-800 text-[11px] font-semibold">
          {todayLabel}
        </text>
        <text x={labelWidth} y={height - 8} className="fill-gray-700 text-[10px]">
          {dateText(new Date(from))}
        </text>
        <text x={width - trailingWidth} y={height - 8} textAnchor="end" className="fill-gray-700 text-[10px]">
          {dateText(new Date(to))}
        </text>
      </svg>
      <figcaption id={`${id}-summary`} className="mt-2 text-sm text-gray-700">
        {summary}
      </figcaption>
    </figure>
  );
}
