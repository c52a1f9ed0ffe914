"use client";
// The header's menu on narrow screens: a native <details> disclosure, so it opens by keyboard and
// works before (or without) JavaScript; the script only closes it after a navigation and on Escape.
import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

export function SiteMenu({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  const shownPath = useRef(pathname);

  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={menu} onKeyDown={closeOnEscape} className={`group ${className ?? ""}`}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-gray-300 px-3 py-2 text-sm font-medium text-gray-800 hover:bg-gray-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
          <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
        </svg>
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-20 border-b border-gray-200 bg-white shadow-md">
        <div className="mx-auto grid max-w-7xl gap-4 px-4 py-4">{children}</div>
      </div>
    </details>
  );
}
