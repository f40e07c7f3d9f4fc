"use client";
import { useEffect, useRef, useState } from "react";
import { onlineManager, useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "@/components/api-client";
import { postFlags, postGrade, postUndo, queueKey, type GradeOp, type QueueQuery, type ReviewQueueDto } from "./review-api";
import { addToOutbox, readOutbox, removeFromOutbox } from "./review-storage";
import { withFlag, withGrades, withoutCards } from "./queue-view";

const retryable = (error: unknown) => error instanceof ApiError && error.retryable;
// One scope: answers and undos reach the server one at a time and in the order they were given.
const shared = {
  scope: { id: "review" },
  retry: (failures: number, error: unknown) => retryable(error) && failures < 3,
  retryDelay: (failures: number) => Math.min(1000 * 2 ** failures, 4000),
} as const;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : "Something went wrong. Try again.");
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text).replace(/\{\{c1::(.*?)\}\}/g, "…");

// IndexedDB may be blocked (some private modes): the answer then lives as long as the page.
const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

/** What happened when a card this device answered had also been answered on another (note 013). */
export function conflictNotice(op: GradeOp, outcome: "applied-later" | "superseded"): string {
  return outcome === "superseded"
    ? `“${short(op.front)}” was also answered on another device, later than here. The later answer counts; yours is kept in your review history.`
    : `“${short(op.front)}” was also answered on another device, earlier than here. Your answer here is the later one, so it counts; the other stays in your review history.`;
}

/**
 * Sends answers, undos and flags. An answer is written to the device's outbox (IndexedDB) before it
 * is sent and removed only once the server has it (or refused it for good), so a reload, or a tab
 * reopened days later, sends it again with the same review id, which the server treats as the same answer.
 */
export function useReviewMutations(query: QueueQuery, userId: string, onUndone: (cardId: string) => void) {
  const client = useQueryClient();
  const key = queueKey(query);
  const [pending, setPending] = useState<GradeOp[]>([]);
  const [failed, setFailed] = useState<GradeOp[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const forget = (op: GradeOp) => {
    quietly(removeFromOutbox(op.reviewId));
    setPending((list) => list.filter((o) => o.reviewId !== op.reviewId));
    setFailed((list) => list.filter((o) => o.reviewId !== op.reviewId));
  };
  // Refetch only when nothing else is in flight, so a refetch never races an answer being saved.
  const refreshWhenIdle = () => {
    if (client.isMutating({ mutationKey: ["review"] }) <= 1) void client.invalidateQueries({ queryKey: key });
  };

  const grade = useMutation({
    ...shared,
    mutationKey: ["review", "grade"],
    mutationFn: postGrade,
    onMutate: () => client.cancelQueries({ queryKey: key }),
    // The cache takes the answer as the server gave it before the answer leaves `pending`, so the
    // counts never show the card in its old place between the answer and the next fetch.
    onSuccess: (result, op) => {
      client.setQueryData<ReviewQueueDto>(key, (queue) =>
        queue ? withGrades(queue, [{ op, outcome: { state: result.state, due: result.due, version: result.version } }]) : queue,
      );
      forget(op);
      if (result.conflict) setNotice(conflictNotice(op, result.conflict));
    },
    onError: (error, op) => {
      if (retryable(error)) {
        setFailed((list) => [...list.filter((o) => o.reviewId !== op.reviewId), op]);
        return;
      }
      forget(op);
      setNotice(`Your answer to “${short(op.front)}” was not saved: ${messageOf(error)}`);
    },
    onSettled: refreshWhenIdle,
  });

  const undo = useMutation({
    ...shared,
    mutationKey: ["review", "undo"],
    mutationFn: ({ reviewId }: { reviewId: string }) => postUndo(reviewId),
    onSuccess: (result) => onUndone(result.cardId),
    onError: (error) => setNotice(`Could not undo: ${messageOf(error)}`),
    onSettled: refreshWhenIdle,
  });

  const flags = useMutation({
    mutationKey: ["review", "flags"],
    mutationFn: postFlags,
    onError: (error) => setNotice(`Could not change the card: ${messageOf(error)}`),
    onSettled: refreshWhenIdle,
  });

  const retrying = useMutationState({
    filters: { mutationKey: ["review"], status: "pending" },
    select: (mutation) => mutation.state.failureCount,
  }).some((failures) => failures > 0);

  // TanStack Query assumes it starts online; a page opened offline (from the service worker) must
  // hold its answers until the connection is back, not spend their retries at once.
  useEffect(() => {
    onlineManager.setOnline(navigator.onLine);
  }, []);

  // After a reload, send again whatever had not reached the server (offline, the mutations wait
  // for the connection and then go in order).
  const replayed = useRef(false);
  const givenHere = useRef(new Set<string>());
  useEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    void readOutbox(userId)
      .catch(() => [])
      .then((stored) => {
        // Answers given on this page before the outbox was read are already on their way.
        const ops = stored.filter((op) => !givenHere.current.has(op.reviewId));
        if (ops.length === 0) return;
        setPending((list) => [...ops, ...list]);
        for (const op of ops) grade.mutate(op);
      });
  }, [grade, userId]);

  // Answers that ran out of retries while the connection was down go again once it is back.
  const retryFailedRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onOnline = () => retryFailedRef.current();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, []);

  const updateQueue = (change: (queue: ReviewQueueDto) => ReviewQueueDto) =>
    client.setQueryData<ReviewQueueDto>(key, (queue) => (queue ? change(queue) : queue));

  const retryFailed = () => {
    const ops = failed;
    setFailed([]);
    for (const op of ops) grade.mutate(op);
  };
  useEffect(() => {
    retryFailedRef.current = retryFailed;
  });

  return {
    pending,
    failed,
    retrying,
    notice,
    clearNotice: () => setNotice(null),
    submitGrade(op: GradeOp) {
      givenHere.current.add(op.reviewId);
      quietly(addToOutbox(userId, op));
      setPending((list) => [...list, op]);
      grade.mutate(op);
    },
    retryFailed,
    /** Takes back an answer; one that never reached the server is simply dropped. */
    undoGrade(reviewId: string, cardId: string) {
      const unsent = failed.find((o) => o.reviewId === reviewId);
      if (unsent) {
        forget(unsent);
        onUndone(cardId);
        void client.invalidateQueries({ queryKey: key });
        return;
      }
      undo.mutate({ reviewId });
    },
    setFlag(cardId: string, flagged: boolean) {
      updateQueue((queue) => withFlag(queue, cardId, flagged));
      flags.mutate({ cardId, flagged });
    },
    suspend(cardId: string, suspended: boolean) {
      if (suspended) updateQueue((queue) => withoutCards(queue, new Set([cardId])));
      flags.mutate({ cardId, suspended });
    },
    undoing: undo.isPending,
  };
}
