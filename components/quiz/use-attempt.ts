"use client";
import { useIsMutating, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AttemptView, SaveAnswerResult } from "@/server/quiz/view-types";
import { api } from "@/components/api-client";

export type AnswerInput = { questionId: string; chosenIndex: number | null; marked: boolean; timeSpentMs: number; currentIndex?: number };

export const attemptKey = (id: string) => ["attempt", id] as const;
const scopeOf = (id: string) => ({ id: `attempt-${id}` });

/** The attempt, hydrated from the server render; refetched only when asked (a test in progress must not jump). */
export function useAttempt(initial: AttemptView) {
  return useQuery({
    queryKey: attemptKey(initial.id),
    queryFn: () => api.get<AttemptView>(`/api/attempts/${initial.id}`),
    initialData: initial,
    staleTime: 60_000,
  });
}

/**
 * Saves one answer with an optimistic update and rollback. Saves share a mutation scope, so
 * they reach the server one at a time and in order: a slow early save can never land after,
 * and overwrite, a later one.
 */
export function useSaveAnswer(attemptId: string) {
  const client = useQueryClient();
  const key = attemptKey(attemptId);
  return useMutation({
    scope: scopeOf(attemptId),
    mutationKey: ["save-answer", attemptId],
    mutationFn: (input: AnswerInput) => api.post<SaveAnswerResult>(`/api/attempts/${attemptId}/answers`, input),
    // Synchronous on purpose: the screen updates on the keypress, before the save is even queued.
    onMutate: (input) => {
      const previous = client.getQueryData<AttemptView>(key)?.answers[input.questionId];
      client.setQueryData<AttemptView>(key, (view) =>
        view && { ...view, answers: { ...view.answers, [input.questionId]: { chosenIndex: input.chosenIndex, marked: input.marked, timeSpentMs: input.timeSpentMs } } },
      );
      return { previous };
    },
    onError: (_error, input, context) => {
      client.setQueryData<AttemptView>(key, (view) => {
        if (!view) return view;
        const answers = { ...view.answers };
        if (context?.previous) answers[input.questionId] = context.previous;
        else delete answers[input.questionId];
        return { ...view, answers };
      });
    },
    // The answer on screen is already what was sent (and a later keypress may have changed it
    // since), so only what the server adds is merged: practice feedback.
    onSuccess: (result) => {
      const { feedback } = result;
      if (!feedback) return;
      client.setQueryData<AttemptView>(key, (view) => view && { ...view, feedback: { ...view.feedback, [result.questionId]: feedback } });
    },
  });
}

/** The latest answer for a question, including optimistic changes not yet rendered. */
export function useLatestAnswer(attemptId: string) {
  const client = useQueryClient();
  return (questionId: string) => client.getQueryData<AttemptView>(attemptKey(attemptId))?.answers[questionId];
}

/** Remembers the question on screen; in the same queue as the saves. */
export function useMoveTo(attemptId: string) {
  return useMutation({
    scope: scopeOf(attemptId),
    mutationKey: ["move", attemptId],
    mutationFn: (currentIndex: number) => api.patch<{ currentIndex: number }>(`/api/attempts/${attemptId}`, { currentIndex }),
  });
}

/** Submits after every queued save has gone through. */
export function useSubmitAttempt(attemptId: string) {
  return useMutation({
    scope: scopeOf(attemptId),
    mutationKey: ["submit", attemptId],
    mutationFn: () => api.post<{ id: string; score: number }>(`/api/attempts/${attemptId}/submit`),
  });
}

/** How many saves are still on their way. */
export function usePendingSaves(attemptId: string): number {
  return useIsMutating({ predicate: (m) => m.options.scope?.id === scopeOf(attemptId).id });
}
