// A status pill: a coloured dot plus the status in words (colour is never the only signal).
import type { ReactNode } from "react";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger";

const tones: Record<Tone, { pill: string; dot: string }> = {
  neutral: { pill: "bg-gray-100 text-gray-800", dot: "bg-gray-500" },
  info: { pill: "bg-primary-50 text-primary-800", dot: "bg-primary-600" },
  success: { pill: "bg-green-50 text-green-800", dot: "bg-green-600" },
  warning: { pill: "bg-amber-50 text-amber-900", dot: "bg-amber-500" },
  danger: { pill: "bg-red-50 text-red-800", dot: "bg-red-600" },
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[tone].pill}`}>
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${tones[tone].dot}`} />
      {children}
    </span>
  );
}
