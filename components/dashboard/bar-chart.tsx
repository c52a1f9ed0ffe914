// A horizontal bar chart in inline SVG: each bar carries its label and value as text, and is
// hatched (not just coloured) so it reads in print. The figure's caption is its one-sentence
// summary; the same data is always in a table next to it.
import { ChartPatterns, patternFill, type PatternKind } from "./chart-patterns";
import { fitText } from "./chart-text";

export interface BarDatum {
  label: string;
  value: number;
  valueText: string;
}

const width = 640;
const labelWidth = 230;
const valueGap = 8;
const valueWidth = 90;
const rowHeight = 30;
const barHeight = 18;

export function BarChart({ id, title, summary, bars, max, pattern = "hatch" }: { id: string; title: string; summary: string; bars: BarDatum[]; max?: number; pattern?: PatternKind }) {
  const scaleMax = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  const plotWidth = width - labelWidth - valueGap - valueWidth;
  const height = Math.max(bars.length, 1) * rowHeight + 4;
  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-summary`}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-3xl text-primary-700 print:max-w-full"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <ChartPatterns id={id} />
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const barWidth = Math.max((bar.value / scaleMax) * plotWidth, bar.value > 0 ? 2 : 0);
          return (
            <g key={`${bar.label}-${index}`}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 4} textAnchor="end" className="fill-gray-900 text-[12px]">
                {fitText(bar.label, labelWidth - 12, 12)}
              </text>
              <rect x={labelWidth} y={y} width={plotWidth} height={barHeight} className="fill-gray-50 stroke-gray-300" strokeWidth="0.5" />
              {barWidth > 0 ? <rect x={labelWidth} y={y} width={barWidth} height={barHeight} fill={patternFill(id, pattern)} className="stroke-gray-900" strokeWidth="1" /> : null}
              <text x={labelWidth + barWidth + valueGap} y={y + barHeight / 2 + 4} className="fill-gray-900 text-[12px] font-semibold">
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-summary`} className="mt-2 text-sm text-gray-700">
        {summary}
      </figcaption>
    </figure>
  );
}
