"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "./alert-text";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";

/**
 * The student's "join with a code" form on /classes. A code that is malformed, unknown, off or expired is
 * refused beside the field; being in the class already, or too many tries, is the form's message.
 */
export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const join = useMutation({
    mutationFn: (value: string) => api.post<{ classId: string; className: string }>("/api/join", { code: value }),
    onMutate: clear,
    onSuccess: () => {
      setCode("");
      router.refresh();
    },
    onError: (error) => fail(error, { code: "join-code" }),
  });
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        join.mutate(code);
      }}
    >
      <div className="sm:w-64">
        <Field
          label="Join code"
          name="join-code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="ABCDE-FGH23"
          hint="Ask your teacher for the 10-character code."
          error={errorFor("join-code")}
        />
      </div>
      <Button type="submit" disabled={join.isPending} className="sm:mb-6">
        {join.isPending ? "Joining…" : "Join class"}
      </Button>
      <div className="sm:mb-7">
        <AlertText error={formError} success={join.data ? `You joined ${join.data.className}.` : null} />
      </div>
    </form>
  );
}
