"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "@/components/classes/alert-text";

/** Starts a draft topic and opens its editor. */
export function NewTopicForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const create = useMutation({
    mutationFn: () => api.post<{ id: string }>("/api/studio/topics", { title }),
    onMutate: () => clear(),
    onSuccess: ({ id }) => router.push(`/studio/topics/${id}`),
    onError: (error) => fail(error),
  });
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 sm:flex-row sm:items-end dark:border-slate-700"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <div className="flex-1">
        <Field label="New topic title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} error={errorFor("title")} />
      </div>
      <Button type="submit" disabled={create.isPending || create.isSuccess}>
        {create.isPending || create.isSuccess ? "Creating…" : "Create topic"}
      </Button>
      <AlertText error={formError} />
    </form>
  );
}
