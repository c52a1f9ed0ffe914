// A dashboard widget's frame and the skeleton shown while its figures load.
import type { ReactNode } from "react";

export function Widget({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="break-inside-avoid rounded-lg border border-gray-200 bg-white p-5 shadow-sm print:border-gray-400 print:shadow-none">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-gray-900">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function WidgetSkeleton({ title, label }: { title: string; label: string }) {
  return (
    <section aria-busy="true" aria-label={title} className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden="true" className="space-y-3">
        <div className="h-6 w-1/3 animate-pulse rounded bg-gray-200" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-gray-200" />
        <div className="h-32 w-full animate-pulse rounded bg-gray-200" />
      </div>
    </section>
  );
}

/** A headline figure that links to the list behind it. */
export function Figure({ label, value, href, hint }: { label: string; value: string; href: string; hint?: string }) {
  return (
    <div className="rounded-md border border-gray-200 p-3 print:border-gray-400">
      <p className="text-xs font-medium uppercase tracking-wide text-gray-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">
        <a href={href}>
          {value}
          <span className="sr-only"> {label}</span>
        </a>
      </p>
      {hint ? <p className="mt-1 text-xs text-gray-600">{hint}</p> : null}
    </div>
  );
}
