"use client";
// The confirmation on the page a form led back to after saving. It takes focus on arrival: the
// form the user was in is gone, and this tells keyboard and screen-reader users the save worked.
import { useEffect, useRef, type ReactNode } from "react";

export function SavedNotice({ children }: { children: ReactNode }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <div ref={notice} role="status" tabIndex={-1} className="mb-6 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-800 focus:outline-none focus:ring-2 focus:ring-green-600/40">
      {children}
    </div>
  );
}
