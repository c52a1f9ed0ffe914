"use client";
// The page's one success message: "User created", "Changes saved"… It is a status region that
// is always present (so screen readers announce what appears in it) and takes focus when it
// speaks: the form the user was in may be gone. It shows a notice that came with a redirect
// (`?saved=…`, then removed from the address) or one announced by an action answered in place.
import { createContext, Suspense, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { isSavedNotice, withoutSavedNotice, type SavedNotice } from "@/lib/saved-notices";

type Shown = { notice: SavedNotice; pathname: string; count: number };

const AnnounceSaved = createContext<((notice: SavedNotice) => void) | null>(null);

/** Says a notice on this page (for actions that do not navigate). */
export function useAnnounceSaved(): (notice: SavedNotice) => void {
  return useContext(AnnounceSaved) ?? (() => undefined);
}

export function SavedNoticeProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const pathname = usePathname();
  const show = useCallback((notice: SavedNotice, at: string) => setShown((previous) => ({ notice, pathname: at, count: (previous?.count ?? 0) + 1 })), []);
  // A notice belongs to the page it was said on: leaving the page ends it.
  if (shown && shown.pathname !== pathname) setShown(null);
  const current = shown && shown.pathname === pathname ? shown : null;
  const announce = useCallback((notice: SavedNotice) => show(notice, window.location.pathname), [show]);
  return (
    <AnnounceSaved.Provider value={announce}>
      <Suspense fallback={<NoticeRegion notice={current?.notice ?? null} />}>
        <NoticeFromAddress current={current} onNotice={show} />
      </Suspense>
      {children}
    </AnnounceSaved.Provider>
  );
}

function NoticeFromAddress({ current, onNotice }: { current: Shown | null; onNotice: (notice: SavedNotice, pathname: string) => void }) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const saved = searchParams.get("saved");
  useEffect(() => {
    if (!isSavedNotice(saved)) return;
    onNotice(saved, pathname);
    window.history.replaceState(window.history.state, "", `${pathname}${withoutSavedNotice(window.location.search)}${window.location.hash}`);
  }, [saved, pathname, onNotice]);
  // Rendered on the server too, so the notice is there before (and without) JavaScript.
  return <NoticeRegion notice={isSavedNotice(saved) ? saved : (current?.notice ?? null)} announcement={current?.count} />;
}

function NoticeRegion({ notice, announcement }: { notice: SavedNotice | null; announcement?: number }) {
  const { t } = useI18n();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) region.current?.focus();
  }, [notice, announcement]);
  return (
    <div
      ref={region}
      role="status"
      tabIndex={-1}
      className={notice ? "mb-6 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-800 focus:outline-none focus:ring-2 focus:ring-green-600/40" : "sr-only"}
    >
      {notice ? t(`saved.${notice}`) : null}
    </div>
  );
}
