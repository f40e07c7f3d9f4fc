"use client";
import { useEffect, useRef } from "react";
import { api } from "@/components/api-client";
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
      // Nobody is left to show a failure to: the next visit reloads the attempt from the server.
      api.post(`/api/attempts/${attemptId}/answers`, latest.current(), { keepalive: true }).catch(() => undefined);
    };
    document.addEventListener("visibilitychange", flush);
    return () => document.removeEventListener("visibilitychange", flush);
  }, [attemptId, enabled]);
}
