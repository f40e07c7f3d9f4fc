"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "./alert-text";
import { api } from "@/components/api-client";

/** The student's "join with a code" form on /classes. */
export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const join = useMutation({
    mutationFn: (value: string) => api.post<{ classId: string; className: string }>("/api/join", { code: value }),
    onSuccess: () => {
      setCode("");
      router.refresh();
    },
  });
  return (
    <form
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
          error={join.error?.message}
        />
      </div>
      <Button type="submit" disabled={join.isPending} className="sm:mb-6">
        {join.isPending ? "Joining…" : "Join class"}
      </Button>
      <div className="sm:mb-7">
        <AlertText success={join.data ? `You joined ${join.data.className}.` : null} />
      </div>
    </form>
  );
}
