"use client";
import { useCallback, useEffect, useRef } from "react";

/**
 * Time spent on each question, accumulated on this device while the question is on screen
 * (a hidden tab does not count). Totals start from what the server had when the page loaded;
 * later saves send totals, never increments, so they are not added twice.
 */
export function useQuestionTimer(currentId: string | undefined, loaded: Record<string, { timeSpentMs: number }>) {
  const base = useRef<Record<string, number> | null>(null);
  if (base.current === null) base.current = Object.fromEntries(Object.entries(loaded).map(([id, a]) => [id, a.timeSpentMs]));
  const extra = useRef(new Map<string, number>());
  const since = useRef<number | null>(null);

  const bank = useCallback(() => {
    if (currentId === undefined || since.current === null) return;
    const now = performance.now();
    extra.current.set(currentId, (extra.current.get(currentId) ?? 0) + (now - since.current));
    since.current = now;
  }, [currentId]);

  useEffect(() => {
    since.current = document.visibilityState === "visible" ? performance.now() : null;
    const onVisibility = () => {
      if (document.visibilityState === "visible") since.current = performance.now();
      else {
        bank();
        since.current = null;
      }
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      bank();
    };
  }, [bank]);

  /** The running total for a question, in whole milliseconds. */
  return useCallback(
    (id: string) => {
      if (id === currentId) bank();
      return Math.round((base.current?.[id] ?? 0) + (extra.current.get(id) ?? 0));
    },
    [bank, currentId],
  );
}
