"use client";
import type { SavedAnswer } from "@/server/quiz/view-types";

type Props = {
  questionIds: string[];
  answers: Record<string, SavedAnswer>;
  currentIndex: number;
  onGo: (index: number) => void;
};

function describe(answer: SavedAnswer | undefined): string {
  const state = answer?.chosenIndex != null ? "answered" : "not answered";
  return answer?.marked ? `${state}, marked for review` : state;
}

/** Every question at a glance; the state is in the label and a symbol, never in colour alone. */
export function QuestionNavigator({ questionIds, answers, currentIndex, onGo }: Props) {
  const answered = questionIds.filter((id) => answers[id]?.chosenIndex != null).length;
  const marked = questionIds.filter((id) => answers[id]?.marked).length;
  return (
    <nav aria-label="Questions" className="flex flex-col gap-3">
      <p className="text-sm" aria-live="polite">
        {answered} answered · {questionIds.length - answered} unanswered · {marked} marked for review
      </p>
      <ol className="grid grid-cols-5 gap-2">
        {questionIds.map((id, i) => {
          const answer = answers[id];
          const isAnswered = answer?.chosenIndex != null;
          const current = i === currentIndex;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={current ? "step" : undefined}
                aria-label={`Question ${i + 1}: ${describe(answer)}`}
                data-state={isAnswered ? "answered" : "unanswered"}
                data-marked={answer?.marked ? "true" : "false"}
                className={`relative flex h-11 w-full items-center justify-center rounded-md border-2 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${
                  isAnswered
                    ? "border-indigo-700 bg-indigo-600 text-white dark:border-indigo-300 dark:bg-indigo-500 dark:text-slate-950"
                    : "border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
                } ${current ? "ring-3 ring-amber-500 ring-offset-1 dark:ring-offset-slate-950" : ""}`}
              >
                {i + 1}
                {answer?.marked && (
                  <span aria-hidden="true" className="absolute -right-1 -top-2 text-base text-amber-600 dark:text-amber-400">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-label="Key to the question grid">
        <li>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm bg-indigo-600 align-middle dark:bg-indigo-500" />
          Answered
        </li>
        <li>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 rounded-sm border-2 border-slate-400 align-middle" />
          Unanswered
        </li>
        <li>
          <span aria-hidden="true" className="mr-1 text-amber-600 dark:text-amber-400">⚑</span>
          Marked for review
        </li>
      </ul>
    </nav>
  );
}
