"use client";
import { useEffect, useRef } from "react";
import type { AnswerInput } from "./use-attempt";

/**
 * When the tab is hidden or closed, sends the current question's state (time spent, position)
 * with `keepalive`, so the request outlives the page. Answers themselves are saved on every
 * keypress; this only keeps the time and the place.
 */
export function useFlushOnHide(attemptId: string, snapshot: () => AnswerInput, enabled: boolean) {
  const latest = useRef(snapshot);
  useEffect(() => {
    latest.current = snapshot;
  });
  useEffect(() => {
    if (!enabled) return;
    const flush = () => {
      if (document.visibilityState !== "hidden") return;
      void fetch(`/api/attempts/${attemptId}/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(latest.current()),
        keepalive: true,
      }).catch(() => undefined);
    };
    document.addEventListener("visibilitychange", flush);
    return () => document.removeEventListener("visibilitychange", flush);
  }, [attemptId, enabled]);
}
