"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";

/** Starts the assignment's test (or resumes the student's attempt) and opens it. */
export function StartTestButton({ classId, assignmentId, label, title }: { classId: string; assignmentId: string; label: string; title: string }) {
  const router = useRouter();
  const start = useMutation({
    mutationFn: () => api.post<{ url: string }>(`/api/classes/${classId}/assignments/${assignmentId}/attempt`),
    onSuccess: ({ url }) => router.push(url),
  });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button onClick={() => start.mutate()} disabled={start.isPending || start.isSuccess} aria-label={`${label}: ${title}`}>
        {start.isPending || start.isSuccess ? "Opening…" : label}
      </Button>
      <AlertText error={start.error?.message} />
    </div>
  );
}
