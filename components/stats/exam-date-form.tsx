"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Reply = { examDate: string | null } | { error: { message: string } };

/** Sets or clears the exam date; the server checks it against the student's own today. */
export function ExamDateForm({ examDate, tomorrow }: { examDate: string | null; tomorrow: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function save(value: string | null) {
    setError(undefined);
    setSaved(null);
    try {
      const response = await fetch("/api/exam-date", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ examDate: value }),
      });
      const reply = (await response.json()) as Reply;
      if ("error" in reply) {
        setError(reply.error.message.replace(/^examDate: /, ""));
        return;
      }
      setSaved(reply.examDate === null ? "Exam date cleared." : "Exam date saved.");
      startTransition(() => router.refresh());
    } catch {
      setError("The exam date could not be saved. Check your connection and try again.");
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("examDate") ?? "");
    if (value === "") {
      setError("Choose a date, or use Clear to remove the exam date.");
      return;
    }
    void save(value);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <div className="sm:w-56">
        <Field label="Exam date" name="examDate" type="date" min={tomorrow} defaultValue={examDate ?? ""} error={error} hint="Must be in the future." required />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          Save exam date
        </Button>
        {examDate && (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => void save(null)}>
            Clear
          </Button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-600 sm:self-center dark:text-slate-300">
        {saved}
      </p>
    </form>
  );
}
