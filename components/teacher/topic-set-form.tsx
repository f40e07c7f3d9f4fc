"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "@/components/classes/alert-text";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { api } from "@/components/api-client";
import type { CatalogueQuestion, CatalogueTopic } from "@/server/queries/teacher-catalogue";

type Initial = { id: string; name: string; topicIds: string[]; questionIds: string[] };

/**
 * Creates or edits a topic set: a name, some topics and, optionally, hand-picked questions
 * from those topics (with none picked, a test draws on all of the topics' questions).
 */
export function TopicSetForm({ topics, questions, initial }: { topics: CatalogueTopic[]; questions: CatalogueQuestion[]; initial?: Initial }) {
  const router = useRouter();
  const [name, setName] = useState(initial?.name ?? "");
  const [topicIds, setTopicIds] = useState<string[]>(initial?.topicIds ?? []);
  const [questionIds, setQuestionIds] = useState<string[]>(initial?.questionIds ?? []);
  const chosen = new Set(topicIds);
  const available = questions.filter((q) => q.topicIds.some((t) => chosen.has(t)));
  const availableIds = new Set(available.map((q) => q.id));

  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const save = useMutation({
    mutationFn: () => {
      const body = { name, topicIds, questionIds: questionIds.filter((id) => availableIds.has(id)) };
      return initial ? api.patch(`/api/topic-sets/${initial.id}`, body) : api.post("/api/topic-sets", body);
    },
    onMutate: clear,
    onError: (error) => fail(error, { name: "topic-set-name" }),
    onSuccess: () => {
      router.push("/teacher/topic-sets");
      router.refresh();
    },
  });
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Field label="Topic set name" name="topic-set-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required placeholder="Week 3: trade and technology" error={errorFor("topic-set-name")} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Topics</legend>
        {topics.length === 0 && <p className="text-sm">No topics have been loaded yet.</p>}
        {topics.map((t) => (
          <label key={t.id} className="flex min-h-11 items-center gap-3 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
            <input type="checkbox" className="size-5" checked={chosen.has(t.id)} onChange={(e) => setTopicIds(toggle(topicIds, t.id, e.target.checked))} />
            <span className="flex-1">
              {t.title}
              {t.private && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">private</span>}
            </span>
            <span className="text-xs text-slate-600 dark:text-slate-300">{t.cards === 1 ? "1 card" : `${t.cards} cards`}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">Questions for tests (optional)</legend>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {topicIds.length === 0
            ? "Choose topics first; their questions appear here."
            : `Pick questions to limit tests to them, or pick none to use all ${available.length} questions on these topics.`}
        </p>
        {available.map((q) => (
          <label key={q.id} className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
            <input type="checkbox" className="mt-0.5 size-5" checked={questionIds.includes(q.id)} onChange={(e) => setQuestionIds(toggle(questionIds, q.id, e.target.checked))} />
            <span className="flex-1">{q.stem}</span>
            <span className="text-xs text-slate-600 dark:text-slate-300">{q.difficulty}</span>
          </label>
        ))}
      </fieldset>
      <AlertText error={formError} />
      <div>
        <Button type="submit" disabled={save.isPending || save.isSuccess}>
          {save.isPending || save.isSuccess ? "Saving…" : initial ? "Save topic set" : "Create topic set"}
        </Button>
      </div>
    </form>
  );
}
