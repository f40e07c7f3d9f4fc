"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";

/** Creates a class and opens its page, where the join code is waiting. */
export function CreateClassForm({ defaultExamYear }: { defaultExamYear: number }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [examYear, setExamYear] = useState(String(defaultExamYear));
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const create = useMutation({
    mutationFn: () => api.post<{ id: string }>("/api/classes", { name, examYear: Number(examYear) }),
    onMutate: clear,
    onSuccess: (created) => router.push(`/teacher/classes/${created.id}`),
    onError: (error) => fail(error, { name: "class-name", examYear: "exam-year" }),
  });
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <h2 className="text-lg font-semibold">Create a class</h2>
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field label="Class name" name="class-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required placeholder="GS2 evening batch" error={errorFor("class-name")} />
        <Field label="Exam year" name="exam-year" type="number" inputMode="numeric" value={examYear} onChange={(e) => setExamYear(e.target.value)} min={2020} max={2100} required error={errorFor("exam-year")} />
      </div>
      <AlertText error={formError} />
      <div>
        <Button type="submit" disabled={create.isPending || create.isSuccess}>
          {create.isPending || create.isSuccess ? "Creating…" : "Create class"}
        </Button>
      </div>
    </form>
  );
}
