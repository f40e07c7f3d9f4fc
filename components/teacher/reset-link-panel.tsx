"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";

/** Makes a one-time password reset link for one student, for the teacher to hand over. */
export function ResetLinkPanel({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const issue = useMutation({
    mutationFn: () => api.post<{ url: string; expiresAt: string }>(`/api/classes/${classId}/members/${studentId}/reset-link`),
  });
  return (
    <div className="flex flex-col items-start gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        For a student who cannot reset their password by email. The link works once, for 30 minutes, and signs them out everywhere once used. Making a new one cancels the previous one.
      </p>
      <Button variant="secondary" onClick={() => issue.mutate()} disabled={issue.isPending}>
        {issue.isPending ? "Making a link…" : `Make a reset link for ${studentName}`}
      </Button>
      {issue.data && (
        <div className="flex w-full flex-col gap-1">
          <label htmlFor="reset-link" className="text-sm font-medium">
            Reset link for {studentName}
          </label>
          <input
            id="reset-link"
            readOnly
            value={issue.data.url}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
      )}
      <AlertText error={issue.error?.message} />
    </div>
  );
}
