"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AttemptView } from "@/server/quiz/view-types";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/components/api-client";
import { Countdown } from "./countdown";
import { OptionList } from "./option-list";
import { QuestionBody } from "./question-body";
import { QuestionNavigator } from "./question-navigator";
import { SaveStatus } from "./save-status";
import { ShortcutLegend } from "./shortcut-legend";
import { SubmitPanel } from "./submit-panel";
import { useAttempt, useLatestAnswer, usePendingSaves, useSaveAnswer, useSubmitAttempt } from "./use-attempt";
import { useCountdown } from "./use-countdown";
import { useQuestionTimer } from "./use-question-timer";
import { useQuizShortcuts } from "./use-quiz-shortcuts";
import { useFlushOnHide } from "./use-flush-on-hide";

/** Whether the deadline has passed by the server's clock (device offset measured at load). */
function isPastDeadline(deadline: string | null, serverNow: string, loadedAt: number): boolean {
  if (deadline === null) return false;
  const serverTime = new Date(serverNow).getTime() + (Date.now() - loadedAt);
  return serverTime >= new Date(deadline).getTime();
}

/** A timed mock: one question per screen, saved as you go, submitted by you or by the clock. */
export function MockTest({ initial }: { initial: AttemptView }) {
  const router = useRouter();
  const { data: view } = useAttempt(initial);
  const [index, setIndex] = useState(initial.currentIndex);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState(false);
  const save = useSaveAnswer(view.id);
  const submit = useSubmitAttempt(view.id);
  const pending = usePendingSaves(view.id);
  const latest = useLatestAnswer(view.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [initialClock] = useState(() => Date.now());
  const moved = useRef(false);

  const question = view.questions[index]!;
  const answer = view.answers[question.id];
  const timeOf = useQuestionTimer(question.id, initial.answers);
  const resultUrl = `/practice/attempts/${view.id}/result`;

  const finish = useCallback(() => {
    if (closing) return;
    setClosing(true);
    // Bank the time on the question on screen first (same queue, so it lands before the submit).
    if (!isPastDeadline(view.deadline, view.serverNow, initialClock)) {
      const a = latest(question.id);
      save.mutate({ questionId: question.id, chosenIndex: a?.chosenIndex ?? null, marked: a?.marked ?? false, timeSpentMs: timeOf(question.id), currentIndex: index });
    }
    submit.mutate(undefined, {
      onSuccess: () => router.push(resultUrl),
      onError: (e) => {
        if (e instanceof ApiError && e.status === 409) router.push(resultUrl);
        else {
          setClosing(false);
          setError(e.message);
        }
      },
    });
  }, [closing, router, resultUrl, submit, save, latest, question.id, timeOf, index, view.deadline, view.serverNow, initialClock]);

  const onSaveError = (e: Error) => {
    if (e instanceof ApiError && e.status === 410) {
      setError(e.message);
      finish();
    } else if (e instanceof ApiError && e.status === 409) router.push(resultUrl);
    else setError(e.message);
  };

  const send = (change: { chosenIndex?: number | null; marked?: boolean }, currentIndex?: number) => {
    if (closing) return;
    const before = latest(question.id);
    const input = {
      questionId: question.id,
      chosenIndex: change.chosenIndex !== undefined ? change.chosenIndex : (before?.chosenIndex ?? null),
      marked: change.marked ?? before?.marked ?? false,
      timeSpentMs: timeOf(question.id),
      ...(currentIndex === undefined ? {} : { currentIndex }),
    };
    setError(null);
    save.mutate(input, { onError: onSaveError });
  };

  const go = (to: number) => {
    if (to < 0 || to >= view.questions.length || to === index || closing) return;
    send({}, to); // banks this question's time and remembers where we are, in one request
    moved.current = true;
    setIndex(to);
  };

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  // Auto-submit at zero; the server would refuse any later answer anyway.
  const remaining = useCountdown(view.deadline, view.serverNow, finish);

  useFlushOnHide(view.id, () => {
    const a = latest(question.id);
    return { questionId: question.id, chosenIndex: a?.chosenIndex ?? null, marked: a?.marked ?? false, timeSpentMs: timeOf(question.id), currentIndex: index };
  }, !closing);

  useQuizShortcuts({
    choose: (i) => send({ chosenIndex: i }),
    next: () => go(index + 1),
    previous: () => go(index - 1),
    mark: () => send({ marked: !(latest(question.id)?.marked ?? false) }),
  }, !closing);

  return (
    <div className="flex flex-col gap-6">
      {/* The clock stays in view while the student scrolls a long question (sticky, on phones too). */}
      {remaining !== null && view.deadline && (
        <div data-testid="timer-bar" className="sticky top-0 z-20 flex justify-end border-b border-slate-200 bg-slate-50/95 py-1 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
          <Countdown remaining={remaining} deadline={view.deadline} />
        </div>
      )}
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Mock test</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {view.scheme.perCorrect} for a correct answer, {view.scheme.perWrong} for a wrong one (a third of the marks for a correct answer), 0 for a blank.
          </p>
          <SaveStatus pending={pending} error={error} />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <article data-question-id={question.id} aria-labelledby="question-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900">
          <h2 id="question-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold focus-visible:outline-none">
            Question {index + 1} of {view.questions.length}
            {answer?.marked && <span className="ml-2 text-sm font-medium text-amber-700 dark:text-amber-400">⚑ marked for review</span>}
          </h2>
          <QuestionBody question={question} />
          <OptionList options={question.options} chosenIndex={answer?.chosenIndex ?? null} onChoose={(i) => send({ chosenIndex: i })} disabled={closing} />
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0 || closing}>
              ← Previous
            </Button>
            <Button variant="secondary" onClick={() => go(index + 1)} disabled={index === view.questions.length - 1 || closing}>
              Next →
            </Button>
            <Button variant="secondary" aria-pressed={answer?.marked ?? false} onClick={() => send({ marked: !(answer?.marked ?? false) })} disabled={closing}>
              {answer?.marked ? "Unmark review" : "Mark for review"}
            </Button>
            <Button variant="secondary" onClick={() => send({ chosenIndex: null })} disabled={answer?.chosenIndex == null || closing}>
              Clear answer
            </Button>
          </div>
        </article>

        <aside className="flex flex-col gap-4">
          <QuestionNavigator questionIds={view.questions.map((q) => q.id)} answers={view.answers} currentIndex={index} onGo={go} />
          <SubmitPanel
            confirming={confirming}
            closing={closing}
            unanswered={view.questions.filter((q) => view.answers[q.id]?.chosenIndex == null).length}
            marked={view.questions.filter((q) => view.answers[q.id]?.marked).length}
            onAsk={() => setConfirming(true)}
            onCancel={() => setConfirming(false)}
            onConfirm={finish}
          />
          <ShortcutLegend />
        </aside>
      </div>
    </div>
  );
}
