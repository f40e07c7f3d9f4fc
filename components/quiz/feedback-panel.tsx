import type { Feedback } from "@/server/quiz/view-types";
import { optionLetter } from "@/lib/format/words";
import { TextLink } from "@/components/ui/text-link";

const verdicts = {
  correct: { text: "Correct", tone: "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950" },
  wrong: { text: "Wrong", tone: "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950" },
  blank: { text: "Not answered", tone: "border-slate-400 bg-slate-100 dark:border-slate-500 dark:bg-slate-800" },
} as const;

/** Why the right answer is right: per option or per statement, then the facts behind it with links to the notes. */
export function FeedbackPanel({ feedback, options, marks }: { feedback: Feedback; options: string[]; marks?: string }) {
  const verdict = verdicts[feedback.outcome];
  return (
    <section aria-label="Explanation" className={`flex flex-col gap-3 rounded-lg border-l-4 p-4 ${verdict.tone}`}>
      <p className="font-semibold">
        {verdict.text}
        {marks !== undefined && <span className="font-normal"> ({marks} marks)</span>}
        {feedback.outcome !== "correct" && (
          <span className="font-normal">
            {" "}
            · the answer is {optionLetter(feedback.correctIndex)} {options[feedback.correctIndex]}
          </span>
        )}
      </p>
      {feedback.optionExplanations && (
        <ul className="flex flex-col gap-1 text-sm">
          {feedback.optionExplanations.map((text, i) => (
            <li key={i}>
              <span className="font-semibold">
                {optionLetter(i)} {i === feedback.correctIndex ? "✓" : "✗"}
              </span>{" "}
              {text}
            </li>
          ))}
        </ul>
      )}
      {feedback.items && (
        <ul className="flex flex-col gap-2 text-sm">
          {feedback.items.map((item) => (
            <li key={item.label}>
              <span className="font-semibold">
                {item.label}: {item.correct ? "✓ correct" : "✗ incorrect"}.
              </span>{" "}
              {item.text}
              {item.explanation && <span className="block text-slate-700 dark:text-slate-300">{item.explanation}</span>}
            </li>
          ))}
        </ul>
      )}
      {feedback.summary && <p className="text-sm">{feedback.summary}</p>}
      {feedback.facts.length > 0 && (
        <div className="text-sm">
          <h4 className="font-semibold">The facts behind it</h4>
          <ul className="mt-1 flex list-disc flex-col gap-1 pl-5">
            {feedback.facts.map((fact) => (
              <li key={fact.id}>
                {fact.statement}{" "}
                <TextLink href={`/topics/${fact.topicId}#fact-${fact.id}`}>
                  Read in {fact.topicTitle}
                </TextLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
