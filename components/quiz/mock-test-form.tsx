"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { apiFetch } from "./api";

type TopicChoice = { id: string; title: string; questionCount: number };

const MINUTES_PER_QUESTION = 1.2;
const roundMinutes = (m: number) => Math.round(m * 10) / 10;

/** Pick topics, a question count and a time limit (UPSC pace unless changed), then start the clock. */
export function MockTestForm({ topics }: { topics: TopicChoice[] }) {
  const router = useRouter();
  const usable = topics.filter((t) => t.questionCount > 0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [count, setCount] = useState(10);
  const [minutes, setMinutes] = useState<number | null>(null); // null: follow the UPSC pace
  const start = useMutation({
    mutationFn: (body: unknown) => apiFetch<{ id: string }>("/api/attempts", { body }),
    onSuccess: ({ id }) => router.push(`/practice/attempts/${id}`),
  });

  if (usable.length === 0) {
    return <p className="text-sm">No questions are available yet, so a mock test cannot be built.</p>;
  }
  const limit = minutes ?? roundMinutes(count * MINUTES_PER_QUESTION);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    start.mutate({ mode: "mock", topicIds: chosen, count, timeLimitMinutes: limit });
  };

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-describedby={start.error ? "mock-error" : undefined}>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Topics</legend>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="text-sm text-indigo-700 underline dark:text-indigo-300" onClick={() => setChosen(usable.map((t) => t.id))}>
            Choose all
          </button>
        </div>
        {usable.map((t) => (
          <label key={t.id} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="checkbox" className="h-5 w-5" checked={chosen.includes(t.id)} onChange={() => toggle(t.id)} />
            <span>
              {t.title} <span className="text-slate-600 dark:text-slate-400">({t.questionCount})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Number of questions
          <input
            type="number"
            min={1}
            max={100}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
            className="min-h-11 w-32 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Time limit (minutes)
          <input
            type="number"
            min={1}
            max={240}
            step={0.1}
            value={limit}
            onChange={(e) => setMinutes(Number(e.target.value) || 1)}
            aria-describedby="limit-hint"
            className="min-h-11 w-32 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
      </div>
      <p id="limit-hint" className="text-xs text-slate-600 dark:text-slate-400">
        The default is the exam&apos;s pace: 1.2 minutes per question.{" "}
        {minutes !== null && (
          <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => setMinutes(null)}>
            Use the exam pace
          </button>
        )}
      </p>
      {start.error && (
        <p id="mock-error" role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {start.error.message}
        </p>
      )}
      <Button type="submit" disabled={start.isPending || start.isSuccess || chosen.length === 0} className="self-start">
        {start.isPending || start.isSuccess ? "Starting…" : "Start the timed test"}
      </Button>
      {chosen.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">Choose at least one topic to start.</p>}
    </form>
  );
}
