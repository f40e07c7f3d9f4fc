"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AttemptView } from "@/server/quiz/view-types";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/components/api-client";
import { FeedbackPanel } from "./feedback-panel";
import { OptionList } from "./option-list";
import { QuestionBody } from "./question-body";
import { SaveStatus } from "./save-status";
import { ShortcutLegend } from "./shortcut-legend";
import { useAttempt, useMoveTo, usePendingSaves, useSaveAnswer, useSubmitAttempt } from "./use-attempt";
import { useQuestionTimer } from "./use-question-timer";
import { useQuizShortcuts } from "./use-quiz-shortcuts";

/** Untimed practice: answer, see at once why, move on. An answer is final once explained. */
export function PracticeSession({ initial, title }: { initial: AttemptView; title: string }) {
  const router = useRouter();
  const { data: view } = useAttempt(initial);
  const [index, setIndex] = useState(initial.currentIndex);
  const [error, setError] = useState<string | null>(null);
  const save = useSaveAnswer(view.id);
  const move = useMoveTo(view.id);
  const submit = useSubmitAttempt(view.id);
  const pending = usePendingSaves(view.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const question = view.questions[index]!;
  const answer = view.answers[question.id];
  const feedback = view.feedback[question.id];
  const timeOf = useQuestionTimer(question.id, initial.answers);
  const answered = view.questions.filter((q) => view.feedback[q.id]).length;
  const correct = view.questions.filter((q) => view.feedback[q.id]?.outcome === "correct").length;
  const resultUrl = `/practice/attempts/${view.id}/result`;

  const choose = (i: number) => {
    if (answer?.chosenIndex != null) return; // final once explained
    setError(null);
    save.mutate(
      { questionId: question.id, chosenIndex: i, marked: false, timeSpentMs: timeOf(question.id), currentIndex: index },
      { onError: (e) => setError(e.message) },
    );
  };
  const go = (to: number) => {
    if (to < 0 || to >= view.questions.length) return;
    move.mutate(to, { onError: (e) => setError(e.message) });
    moved.current = true;
    setIndex(to);
  };
  const finish = () =>
    submit.mutate(undefined, {
      onSuccess: () => router.push(resultUrl),
      onError: (e) => (e instanceof ApiError && e.status === 409 ? router.push(resultUrl) : setError(e.message)),
    });

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);
  useQuizShortcuts({ choose, next: () => go(index + 1), previous: () => go(index - 1) });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Practice: {title}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
            {answered} of {view.questions.length} answered · {correct} correct
          </p>
          <SaveStatus pending={pending} error={error} />
        </div>
        <Button variant="secondary" onClick={finish} disabled={submit.isPending}>
          {answered === view.questions.length ? "See my result" : "Finish practice"}
        </Button>
      </header>

      <article data-question-id={question.id} aria-labelledby="question-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900">
        <h2 id="question-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold focus-visible:outline-none">
          Question {index + 1} of {view.questions.length}
        </h2>
        <QuestionBody question={question} />
        <OptionList
          options={question.options}
          chosenIndex={answer?.chosenIndex ?? null}
          onChoose={choose}
          disabled={answer?.chosenIndex != null}
          correctIndex={feedback?.correctIndex ?? null}
        />
        {feedback ? (
          <FeedbackPanel feedback={feedback} options={question.options} marks={{ correct: view.scheme.perCorrect, wrong: view.scheme.perWrong, blank: "0" }[feedback.outcome]} />
        ) : (
          answer?.chosenIndex != null && <p role="status" className="text-sm">Checking your answer…</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
            ← Previous
          </Button>
          <Button variant={feedback ? "primary" : "secondary"} onClick={() => go(index + 1)} disabled={index === view.questions.length - 1}>
            Next →
          </Button>
        </div>
      </article>
      <ShortcutLegend withMark={false} />
    </div>
  );
}
