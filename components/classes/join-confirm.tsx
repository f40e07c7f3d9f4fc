"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "./alert-text";
import { api } from "@/components/api-client";

/** The confirmation step of a join link: nothing happens until the student presses the button. */
export function JoinConfirm({ code, className }: { code: string; className: string }) {
  const router = useRouter();
  const join = useMutation({
    mutationFn: () => api.post<{ classId: string }>("/api/join", { code }),
    onSuccess: () => router.push("/classes"),
  });
  return (
    <div className="flex flex-col items-start gap-3">
      <Button onClick={() => join.mutate()} disabled={join.isPending || join.isSuccess}>
        {join.isPending || join.isSuccess ? "Joining…" : `Join ${className}`}
      </Button>
      <AlertText error={join.error?.message} />
    </div>
  );
}
