// Fill patterns for the charts: hatching and dots print legibly in black and white, so no
// chart depends on colour alone.
export type PatternKind = "hatch" | "dots" | "solid";

export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="fill-primary-100" />
        <line x1="0" y1="0" x2="0" y2="6" className="stroke-primary-700" strokeWidth="2.5" />
      </pattern>
      <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="fill-amber-50" />
        <circle cx="2.5" cy="2.5" r="1.2" className="fill-amber-800" />
      </pattern>
    </defs>
  );
}

export function patternFill(id: string, kind: PatternKind): string {
  return kind === "solid" ? "currentColor" : `url(#${id}-${kind})`;
}
