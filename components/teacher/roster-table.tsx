"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";
import { TextLink } from "@/components/ui/text-link";

export type RosterRow = { studentId: string; name: string; email: string; joinedLabel: string };

/** The roster. Removing is optimistic: the row goes at once and comes back if the server refuses. */
export function RosterTable({ classId, rows }: { classId: string; rows: RosterRow[] }) {
  const router = useRouter();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const remove = useMutation({
    mutationFn: (row: RosterRow) => api.delete(`/api/classes/${classId}/members/${row.studentId}`),
    onMutate: (row) => setRemoved((prev) => new Set(prev).add(row.studentId)),
    onError: (_error, row) =>
      setRemoved((prev) => {
        const next = new Set(prev);
        next.delete(row.studentId);
        return next;
      }),
    onSuccess: () => router.refresh(),
  });
  const visible = rows.filter((r) => !removed.has(r.studentId));

  if (visible.length === 0) return <p>No students yet. Share the join code or link from the class page.</p>;
  return (
    <div className="flex flex-col gap-3">
      <AlertText error={remove.error ? `Could not remove the student: ${remove.error.message}` : null} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Students">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Students in this class</caption>
          <thead className="bg-slate-100 text-left dark:bg-slate-800">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Joined</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.studentId} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <TextLink href={`/teacher/classes/${classId}/students/${row.studentId}`}>
                    {row.name}
                  </TextLink>
                </th>
                <td className="px-3 py-2">{row.email}</td>
                <td className="whitespace-nowrap px-3 py-2">{row.joinedLabel}</td>
                <td className="px-3 py-2 text-right">
                  <Button
                    variant="secondary"
                    aria-label={`Remove ${row.name} from the class`}
                    onClick={() => {
                      if (window.confirm(`Remove ${row.name} from this class? Their own study history is kept.`)) remove.mutate(row);
                    }}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
