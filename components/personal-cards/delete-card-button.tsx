"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/components/api-client";
import { AlertText } from "@/components/classes/alert-text";
import { Button } from "@/components/ui/button";

/** Deletes a personal card after one explicit confirmation that says what goes with it. */
export function DeleteCardButton({ cardId }: { cardId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/personal-cards/${encodeURIComponent(cardId)}`),
    onSuccess: () => {
      router.push("/cards/mine?deleted=1");
      router.refresh();
    },
  });
  if (!confirming) {
    return (
      <div>
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Delete card…
        </Button>
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby="delete-warning" className="flex flex-col gap-3 rounded-xl border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950">
      <p id="delete-warning" className="text-sm">
        Delete this card for good? Its schedule and its whole review history are deleted with it, so it leaves your
        statistics too. This cannot be undone.
      </p>
      <AlertText error={remove.isError ? "The card could not be deleted. Try again." : null} />
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="danger" disabled={remove.isPending || remove.isSuccess} onClick={() => remove.mutate()}>
          {remove.isPending ? "Deleting…" : "Delete for good"}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)} autoFocus>
          Keep it
        </Button>
      </div>
    </div>
  );
}
