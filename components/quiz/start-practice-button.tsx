"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { api } from "@/components/api-client";

/** Opens (or continues) practice on a topic; the page then shows the session. */
export function StartPracticeButton({ topicId, label }: { topicId: string; label: string }) {
  const router = useRouter();
  const start = useMutation({
    mutationFn: () => api.post<{ id: string }>("/api/attempts", { mode: "practice", topicId }),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="flex flex-col items-start gap-2">
      <Button onClick={() => start.mutate()} disabled={start.isPending || start.isSuccess}>
        {start.isPending || start.isSuccess ? "Opening…" : label}
      </Button>
      {start.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {start.error.message}
        </p>
      )}
    </div>
  );
}
