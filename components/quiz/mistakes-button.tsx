"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { api } from "@/components/api-client";
import { plural } from "@/lib/format/words";
import { TextLink } from "@/components/ui/text-link";

type Added = { wrongAnswers: number; facts: number; added: number; skipped: number };


/** One press turns the facts behind every wrong answer into cards in today's review. */
export function MistakesButton({ attemptId, wrongAnswers }: { attemptId: string; wrongAnswers: number }) {
  const send = useMutation({ mutationFn: () => api.post<Added>(`/api/attempts/${attemptId}/mistakes`) });
  if (wrongAnswers === 0) return <p className="text-sm">No wrong answers, so there is nothing to add to your reviews.</p>;
  return (
    <div className="flex flex-col items-start gap-2">
      <Button onClick={() => send.mutate()} disabled={send.isPending || send.isSuccess}>
        {send.isPending ? "Adding…" : "Add my mistakes to today's review"}
      </Button>
      <div role="status" className="text-sm">
        {send.data && (
          <p>
            Added {plural(send.data.added, "card")} to today&apos;s review
            {send.data.skipped > 0 && <>; skipped {plural(send.data.skipped, "card")} you already have</>}
            {send.data.added + send.data.skipped === 0 && <> (no flashcard covers those facts yet)</>}.{" "}
            <TextLink href="/review">
              Go to review
            </TextLink>
          </p>
        )}
      </div>
      {send.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {send.error.message}
        </p>
      )}
    </div>
  );
}
