"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";

export function DeleteTopicSetButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/topic-sets/${id}`),
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        aria-label={`Delete ${name}`}
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(`Delete the topic set "${name}"?`)) remove.mutate();
        }}
      >
        Delete
      </Button>
      <AlertText error={remove.error?.message} />
    </div>
  );
}
