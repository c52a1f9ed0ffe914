// A line chart over months in inline SVG, every point marked (circle or square) and labelled
// with its value, so it reads without colour and in print.
import { fitText, spacedLabelIndices, textWidth } from "./chart-text";

export interface LinePoint {
  label: string;
  value: number | null;
  valueText: string;
}

const width = 640;
const height = 220;
const padding = { top: 24, right: 30, bottom: 36, left: 44 };
const axisFontSize = 10;
const valueFontSize = 10;

/** A centred label's x, moved in just enough that neither end is cut off at the chart's edges. */
function insideChart(x: number, labelWidth: number): number {
  return Math.min(Math.max(x, labelWidth / 2), width - labelWidth / 2);
}

export function LineChart({ id, title, summary, points, max, marker = "circle", axisText }: {
  id: string;
  title: string;
  summary: string;
  points: LinePoint[];
  max?: number;
  marker?: "circle" | "square";
  axisText: (value: number) => string;
}) {
  const scaleMax = Math.max(max ?? 0, ...points.map((point) => point.value ?? 0), 1);
  const plotWidth = width - padding.left - padding.right;
  const plotHeight = height - padding.top - padding.bottom;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const xOf = (index: number) => padding.left + (points.length > 1 ? index * step : plotWidth / 2);
  const yOf = (value: number) => padding.top + plotHeight - (value / scaleMax) * plotHeight;
  const drawn = points.flatMap((point, index) => (point.value === null ? [] : [{ ...point, index, x: xOf(index), y: yOf(point.value) }]));
  const spacing = points.length > 1 ? step : plotWidth;
  // Month labels, and the values written over the points, thin out rather than run together.
  const axisLabels = points.map((point) => fitText(point.label, 80, axisFontSize));
  const namedMonths = spacedLabelIndices(axisLabels, spacing, axisFontSize);
  const valuedPoints = spacedLabelIndices(points.map((point) => point.valueText), spacing, valueFontSize);
  return (
    <figure className="m-0">
      <svg role="img" aria-labelledby={`${id}-title ${id}-summary`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl print:max-w-full">
        <title id={`${id}-title`}>{title}</title>
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <line x1={padding.left} x2={width - padding.right} y1={yOf(scaleMax * fraction)} y2={yOf(scaleMax * fraction)} className="stroke-gray-200" />
            <text x={padding.left - 6} y={yOf(scaleMax * fraction) + 4} textAnchor="end" className="fill-gray-700 text-[11px]">
              {axisText(scaleMax * fraction)}
            </text>
          </g>
        ))}
        {drawn.length > 1 ? <polyline points={drawn.map((point) => `${point.x},${point.y}`).join(" ")} fill="none" className="stroke-primary-700" strokeWidth="2" /> : null}
        {drawn.map((point) => (
          <g key={`${point.label}-${point.x}`}>
            {marker === "circle" ? (
              <circle cx={point.x} cy={point.y} r="4" className="fill-white stroke-primary-800" strokeWidth="2" />
            ) : (
              <rect x={point.x - 4} y={point.y - 4} width="8" height="8" className="fill-gray-900" />
            )}
            {valuedPoints.has(point.index) ? (
              <text x={point.x} y={point.y - 8} textAnchor="middle" className="fill-gray-900 text-[10px] font-semibold">
                {point.valueText}
              </text>
            ) : null}
          </g>
        ))}
        {axisLabels.map((label, index) =>
          namedMonths.has(index) ? (
            <text key={`${label}-${index}`} x={insideChart(xOf(index), textWidth(label, axisFontSize))} y={height - padding.bottom + 18} textAnchor="middle" className="fill-gray-700 text-[10px]">
              {label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption id={`${id}-summary`} className="mt-2 text-sm text-gray-700">
        {summary}
      </figcaption>
    </figure>
  );
}
