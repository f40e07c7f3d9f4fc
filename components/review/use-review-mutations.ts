"use client";
import { useEffect, useRef, useState } from "react";
import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
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

/**
 * Sends answers, undos and flags. An answer is written to sessionStorage before it is sent and removed
 * only once the server has it (or refused it for good), so a reload sends it again with the same
 * review id, which the server treats as the same answer.
 */
export function useReviewMutations(query: QueueQuery, onUndone: (cardId: string) => void) {
  const client = useQueryClient();
  const key = queueKey(query);
  const [pending, setPending] = useState<GradeOp[]>([]);
  const [failed, setFailed] = useState<GradeOp[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const forget = (op: GradeOp) => {
    removeFromOutbox(op.reviewId);
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

  // After a reload, send again whatever had not reached the server.
  const replayed = useRef(false);
  useEffect(() => {
    if (replayed.current) return;
    replayed.current = true;
    const ops = readOutbox();
    if (ops.length === 0) return;
    // sessionStorage is only readable in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPending(ops);
    for (const op of ops) grade.mutate(op);
  }, [grade]);

  const updateQueue = (change: (queue: ReviewQueueDto) => ReviewQueueDto) =>
    client.setQueryData<ReviewQueueDto>(key, (queue) => (queue ? change(queue) : queue));

  return {
    pending,
    failed,
    retrying,
    notice,
    clearNotice: () => setNotice(null),
    submitGrade(op: GradeOp) {
      addToOutbox(op);
      setPending((list) => [...list, op]);
      grade.mutate(op);
    },
    retryFailed() {
      const ops = failed;
      setFailed([]);
      for (const op of ops) grade.mutate(op);
    },
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
