"use client";
import { useEffect, useRef } from "react";

export interface ReviewKeyHandlers {
  /** Space or Enter: show the answer (or start, on the overview). */
  onPrimary?: () => void;
  /** 1 to 4 once the answer is shown. */
  onGrade?: (rating: 1 | 2 | 3 | 4) => void;
  /** Z: undo the last answer. */
  onUndo?: () => void;
}

const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const ACTIVATES = new Set(["BUTTON", "A", "SUMMARY"]);

/**
 * The review keys, as in Anki. Keys typed into a field are left alone, and Space or Enter on a focused
 * button or link keeps its usual meaning (activate that control), so keyboard users are never surprised.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      const { onPrimary, onGrade, onUndo } = latest.current;
      if (event.key === " " || event.key === "Enter") {
        if (!onPrimary || (target && ACTIVATES.has(target.tagName))) return;
        event.preventDefault();
        onPrimary();
      } else if (["1", "2", "3", "4"].includes(event.key) && onGrade) {
        event.preventDefault();
        onGrade(Number(event.key) as 1 | 2 | 3 | 4);
      } else if ((event.key === "z" || event.key === "Z") && onUndo) {
        event.preventDefault();
        onUndo();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
