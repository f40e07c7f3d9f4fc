"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchQueue, queueKey, type QueueCardDto, type QueueQuery } from "./review-api";
import { readSession, writeSession, type StoredSession } from "./review-storage";
import { useOfflineQueue } from "./use-offline-queue";

type LocalSchedule = typeof import("./local-schedule");
import { expectedOutcome, newReviewId, pickNext, withGrades, withoutCards } from "./queue-view";
import { useReviewMutations } from "./use-review-mutations";

type Shown = { cardId: string; shownAt: number; revealed: boolean };

/**
 * One review session: the hydrated queue, the card on screen, and the session (start time, undo
 * stack) kept in sessionStorage so a reload resumes where it was.
 */
export function useReviewSession(queueQuery: QueueQuery, userId: string) {
  const scope = queueQuery ?? "all";
  const query = useQuery({ queryKey: queueKey(queueQuery), queryFn: () => fetchQueue(queueQuery) });
  useOfflineQueue(useQueryClient(), queueQuery, userId, query.data);
  const [session, setSessionState] = useState<StoredSession | null>(null);
  const [restored, setRestored] = useState(false);
  const [pinned, setPinned] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const mutations = useReviewMutations(queueQuery, userId, setPinned);
  // The device's scheduler (for answers given offline), fetched once the page is up.
  const [local, setLocal] = useState<LocalSchedule | null>(null);
  useEffect(() => {
    void import("./local-schedule").then((module) => setLocal(() => module)).catch(() => undefined);
  }, []);

  const { refetch } = query;
  useEffect(() => {
    // sessionStorage exists only in the browser, so it is read after hydration.
    const stored = readSession(scope);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSessionState(stored);
    setRestored(true);
    // A reload mid-session: the server rendered this page while the previous one may still have been
    // saving its last answer (and, once saved, dropped it from the outbox), so the rendered queue can
    // predate it. Ask again now that the previous page is gone.
    if (stored) void refetch();
  }, [scope, refetch]);

  const setSession = useCallback(
    (next: StoredSession | null) => {
      writeSession(scope, next);
      setSessionState(next);
    },
    [scope],
  );

  const seen = session?.seen;
  const queue = useMemo(() => {
    if (!query.data) return undefined;
    // Answers not yet confirmed move their cards to where the preview says they go.
    const graded = withGrades(query.data, mutations.pending.map((op) => ({ op, outcome: expectedOutcome(op) })));
    // Studying a topic ahead offers every review of it; once answered here, it is not offered again.
    const answered = new Set(seen);
    const hidden = new Set(graded.items.filter((item) => item.early && answered.has(item.cardId)).map((item) => item.cardId));
    return withoutCards(graded, hidden);
  }, [query.data, mutations.pending, seen]);
  const kept = queue?.items.find((i) => i.cardId === shown?.cardId);
  const next = queue ? pickNext(queue.items, now, pinned ?? kept?.cardId ?? null) : null;
  const picked = next?.kind === "card" ? next.item : null;
  // A card whose buttons the server has not previewed (it moved after an answer, or lies beyond the
  // preview window) gets them from the device's scheduler, so the review goes on offline.
  const scheduling = queue?.scheduling;
  const current = useMemo(
    () =>
      picked && picked.intervals === null && local && scheduling && local.canSchedule(picked)
        ? { ...picked, intervals: local.localIntervals(picked, scheduling, new Date()) }
        : picked,
    [picked, local, scheduling],
  );

  // A new card on screen starts its clock; a just-undone card is shown once and then unpinned.
  useEffect(() => {
    if (current && current.cardId !== shown?.cardId) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setShown({ cardId: current.cardId, shownAt: Date.now(), revealed: false });
    }
    if (current && current.cardId === pinned) setPinned(null);
  }, [current, shown?.cardId, pinned]);

  // A card beyond the server's preview window: fetch again so its buttons get the server's intervals.
  const missingIntervals = picked !== null && picked.intervals === null;
  useEffect(() => {
    if (missingIntervals) void refetch();
  }, [missingIntervals, refetch]);

  // Waiting for a learning step: wake up when it is due.
  const waitUntil = next?.kind === "wait" ? next.until : null;
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, waitUntil - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [waitUntil]);

  const revealed = current !== null && shown?.cardId === current.cardId && shown.revealed;

  return {
    query,
    queue,
    next,
    current,
    revealed,
    restored,
    session,
    mutations,
    start(startedAt: string) {
      setSession({ startedAt, phase: "studying", undo: [], seen: [] });
    },
    finish() {
      if (session) setSession({ ...session, phase: "summary" });
    },
    close() {
      setSession(null);
    },
    reveal() {
      if (current) setShown({ cardId: current.cardId, shownAt: shown?.shownAt ?? Date.now(), revealed: true });
    },
    grade(item: QueueCardDto, rating: 1 | 2 | 3 | 4) {
      const started = shown?.cardId === item.cardId ? shown.shownAt : Date.now();
      const answeredAt = new Date();
      const preview = item.intervals?.find((i) => i.rating === rating);
      // Where the answer sends the card, worked out here when the device can (exact, also offline),
      // else as the server's preview said.
      const schedule = local && queue && local.canSchedule(item) ? local.localAnswer(item, queue.scheduling, rating, answeredAt) : undefined;
      const op = {
        reviewId: newReviewId(),
        cardId: item.cardId,
        rating,
        baseVersion: item.version,
        durationMs: Math.max(0, Math.round(Date.now() - started)),
        kind: item.kind,
        front: item.card.front,
        next: schedule ? { state: schedule.state, due: schedule.due } : preview ? { state: preview.state, due: preview.due } : null,
        answeredAt: answeredAt.toISOString(),
        ...(schedule ? { schedule } : {}),
      };
      mutations.submitGrade(op);
      if (session) {
        setSession({
          ...session,
          undo: [...session.undo, { reviewId: op.reviewId, cardId: op.cardId }].slice(-50),
          seen: [...session.seen.filter((id) => id !== op.cardId), op.cardId],
        });
      }
      setShown(null);
      setNow(Date.now());
    },
    undoLast() {
      const last = session?.undo.at(-1);
      if (!session || !last) return;
      setSession({ ...session, undo: session.undo.slice(0, -1), seen: session.seen.filter((id) => id !== last.cardId) });
      setShown(null);
      mutations.undoGrade(last.reviewId, last.cardId);
    },
  };
}

export type ReviewSessionState = ReturnType<typeof useReviewSession>;
