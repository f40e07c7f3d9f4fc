import type { AttemptResult } from "@/server/queries/quiz-result";
import { FeedbackPanel } from "./feedback-panel";
import { OptionList } from "./option-list";
import { QuestionBody } from "./question-body";
import { formatDuration } from "@/lib/format/durations";

const outcomeText = { correct: "✓ correct", wrong: "✗ wrong", blank: "– blank" } as const;

/** Every question with the student's answer, the right one, the explanation and the time taken. */
export function QuestionReview({ items }: { items: AttemptResult["perQuestion"] }) {
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-2">
      <h2 id="review-heading" className="text-lg font-semibold">
        Question by question
      </h2>
      <ol className="flex flex-col gap-2">
        {items.map((item) => (
          <li key={item.question.id}>
            <details className="rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900" open={item.feedback.outcome === "wrong"}>
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <span className="font-semibold">Question {item.number}</span>
                <span>{outcomeText[item.feedback.outcome]}</span>
                <span>{item.marks} marks</span>
                <span>{formatDuration(item.timeSpentMs)}</span>
                {item.marked && <span className="text-amber-700 dark:text-amber-400">⚑ marked for review</span>}
              </summary>
              <div className="flex flex-col gap-3 border-t border-slate-200 p-3 dark:border-slate-700">
                <QuestionBody question={item.question} />
                <OptionList options={item.question.options} chosenIndex={item.feedback.chosenIndex} correctIndex={item.feedback.correctIndex} disabled />
                <FeedbackPanel feedback={item.feedback} options={item.question.options} marks={item.marks} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
