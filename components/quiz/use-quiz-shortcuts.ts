"use client";
import { useEffect, useRef } from "react";

export type QuizShortcuts = {
  choose: (index: number) => void;
  next: () => void;
  previous: () => void;
  mark?: () => void;
};

const OPTION_KEYS: Record<string, number> = { "1": 0, "2": 1, "3": 2, "4": 3, a: 0, b: 1, c: 2, d: 3 };

/**
 * 1–4 or a–d choose an option, N or → next, P or ← previous, M mark for review.
 * Ignored while typing in a field or with a modifier held, so browser shortcuts still work.
 */
export function useQuizShortcuts(handlers: QuizShortcuts, enabled = true) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const h = latest.current;
      const option = OPTION_KEYS[key];
      if (option !== undefined) h.choose(option);
      else if (key === "n" || key === "ArrowRight") h.next();
      else if (key === "p" || key === "ArrowLeft") h.previous();
      else if (key === "m" && h.mark) h.mark();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
