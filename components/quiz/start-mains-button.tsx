"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { api } from "@/components/api-client";

/** Starts the clock on a new mains answer (or reopens the unfinished draft). */
export function StartMainsButton({ questionId }: { questionId: string }) {
  const router = useRouter();
  const start = useMutation({
    mutationFn: () => api.post<{ id: string }>("/api/mains", { questionId }),
    onSuccess: ({ id }) => router.push(`/practice/mains/answers/${id}`),
  });
  return (
    <div className="flex flex-col items-start gap-2">
      <Button onClick={() => start.mutate()} disabled={start.isPending || start.isSuccess}>
        {start.isPending || start.isSuccess ? "Opening…" : "Start writing (the timer starts)"}
      </Button>
      {start.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {start.error.message}
        </p>
      )}
    </div>
  );
}
