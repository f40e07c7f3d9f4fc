"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { api } from "@/components/api-client";

/** Discards an abandoned test after one confirmation; the list then reloads without it. */
export function DiscardAttemptButton({ attemptId, label }: { attemptId: string; label: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const discard = useMutation({
    mutationFn: () => api.delete<{ id: string }>(`/api/attempts/${attemptId}`),
    onSuccess: () => router.refresh(),
  });
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Discard ${label}`}>
        Discard
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Discard ${label}?`} className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Discard it and its answers?</span>
      <Button type="button" variant="danger" disabled={discard.isPending || discard.isSuccess} onClick={() => discard.mutate()}>
        {discard.isPending || discard.isSuccess ? "Discarding…" : "Yes, discard"}
      </Button>
      <Button type="button" variant="secondary" autoFocus onClick={() => setConfirming(false)}>
        Keep it
      </Button>
      {discard.error && (
        <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-400">
          {discard.error.message}
        </p>
      )}
    </div>
  );
}
