import type { Ref } from "react";
import { parseCloze } from "@/lib/content/cloze";
import type { QueueCardDto } from "./review-api";
import { AnswerText, Figures } from "./answer-text";

const kindLabel = { new: "New card", learning: "Learning", review: "Review" } as const;

/** The card on screen: its front (a cloze shows its blank) and, once revealed, the answer. */
export function ReviewCard({
  item,
  revealed,
  frontRef,
  answerRef,
}: {
  item: QueueCardDto;
  revealed: boolean;
  frontRef: Ref<HTMLDivElement>;
  answerRef: Ref<HTMLDivElement>;
}) {
  const cloze = item.card.kind === "cloze" ? parseCloze(item.card.front) : null;
  return (
    <article aria-labelledby="review-front-label" className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900">
      <div
        ref={frontRef}
        tabIndex={-1}
        data-testid="review-card-front"
        className="flex flex-col gap-3 rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900"
      >
        <p id="review-front-label" className="flex flex-wrap items-center gap-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
          <span>{kindLabel[item.kind]}</span>
          <span aria-hidden="true">·</span>
          <span className="normal-case tracking-normal">{item.topicTitle}</span>
          {item.early && <span className="rounded bg-amber-100 px-1.5 py-0.5 normal-case text-amber-900 dark:bg-amber-900 dark:text-amber-100">studied early</span>}
          {item.flagged && <span className="rounded bg-rose-100 px-1.5 py-0.5 normal-case text-rose-900 dark:bg-rose-900 dark:text-rose-100">flagged</span>}
        </p>
        <p className="text-xl leading-relaxed sm:text-2xl" data-testid="review-front">
          {cloze ? (
            <>
              <Figures text={cloze.before} />
              {revealed ? (
                <mark className="rounded bg-indigo-100 px-1 font-semibold text-indigo-950 dark:bg-indigo-900 dark:text-indigo-50">
                  <Figures text={cloze.answer} />
                </mark>
              ) : (
                <span className="mx-1 inline-block min-w-16 border-b-2 border-slate-500 text-center" aria-label="blank">
                  <span aria-hidden="true">[…]</span>
                </span>
              )}
              <Figures text={cloze.after} />
            </>
          ) : (
            <Figures text={item.card.front} />
          )}
        </p>
        {item.card.hint && !revealed && (
          <details className="text-sm text-slate-700 dark:text-slate-300">
            <summary className="cursor-pointer py-2">Hint</summary>
            <p>{item.card.hint}</p>
          </details>
        )}
      </div>
      {revealed && (
        <div
          ref={answerRef}
          tabIndex={-1}
          role="region"
          aria-labelledby="review-answer-label"
          className="flex flex-col gap-2 border-t border-slate-200 pt-4 text-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 dark:border-slate-700"
        >
          <h2 id="review-answer-label" className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Answer
          </h2>
          <div data-testid="review-answer">
            <AnswerText answer={item.card.back} />
          </div>
        </div>
      )}
    </article>
  );
}
