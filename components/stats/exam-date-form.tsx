"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Sets or clears the exam date; the server checks it against the student's own today. */
export function ExamDateForm({ examDate, tomorrow }: { examDate: string | null; tomorrow: string }) {
  const router = useRouter();
  const { formRef, errorFor, formError, fail, clear, show } = useFieldErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function save(value: string | null) {
    clear();
    setSaved(null);
    try {
      const reply = await api.put<{ examDate: string | null }>("/api/exam-date", { examDate: value });
      setSaved(reply.examDate === null ? "Exam date cleared." : "Exam date saved.");
      startTransition(() => router.refresh());
    } catch (error) {
      fail(error);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("examDate") ?? "");
    if (value === "") {
      show({ examDate: "Choose a date, or use Clear to remove the exam date." });
      return;
    }
    void save(value);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <div className="sm:w-56">
        <Field label="Exam date" name="examDate" type="date" min={tomorrow} defaultValue={examDate ?? ""} error={errorFor("examDate")} hint="Must be in the future." required />
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
      {formError && (
        <p role="alert" className="text-sm text-rose-700 sm:self-center dark:text-rose-400">
          {formError}
        </p>
      )}
    </form>
  );
}
