"use client";
// While any action on the page is on its way, every other action control waits. Two presses in
// a row ("Start work", then "Submit for review" before the page has refreshed) would otherwise
// send the second with the version the first just replaced, and be refused as a conflict.
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from "react";

const PendingActions = createContext<{ pendingCount: number; changePending: (delta: number) => void } | null>(null);

export function PendingActionsProvider({ children }: { children: ReactNode }) {
  const [pendingCount, setPendingCount] = useState(0);
  const changePending = useCallback((delta: number) => setPendingCount((count) => count + delta), []);
  const value = useMemo(() => ({ pendingCount, changePending }), [pendingCount, changePending]);
  return <PendingActions.Provider value={value}>{children}</PendingActions.Provider>;
}

/** Reports this control's pending action to the page; true while it or any other action is pending. */
export function useSharedPending(isPending: boolean): boolean {
  const context = useContext(PendingActions);
  const changePending = context?.changePending;
  useLayoutEffect(() => {
    if (!isPending || !changePending) return;
    changePending(1);
    return () => changePending(-1);
  }, [isPending, changePending]);
  return isPending || (context?.pendingCount ?? 0) > 0;
}
