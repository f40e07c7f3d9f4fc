"use client";
import { useEffect, useRef, type RefObject } from "react";

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
 * The review keys, as in Anki. Keys typed into a field are left alone. Inside the review screen
 * (`scope`) Space is always the review's key, even on a focused button, so Space after clicking
 * "Flag card" shows the answer instead of un-flagging; Enter on a focused button or link still
 * activates it, so keyboard users can reach every control. Outside the scope (site navigation),
 * Space and Enter keep their usual meaning.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers, scope?: RefObject<HTMLElement | null>) {
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
        if (!onPrimary) return;
        if (target && ACTIVATES.has(target.tagName) && (event.key === "Enter" || !scope?.current?.contains(target))) return;
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
  }, [scope]);
}
