import type { QuestionStat } from "@/lib/classes/item-analysis";
import { formatPercent } from "@/lib/format/numbers";

const students = (n: number) => (n === 1 ? "1 student" : `${n} students`);

/** One question of an assignment's test: how many got it right, what they chose, each statement. */
export function QuestionStatCard({ stat }: { stat: QuestionStat }) {
  const headingId = `question-${stat.questionId}`;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
      <h3 id={headingId} className="font-semibold">
        Question {stat.number}: {formatPercent(stat.share)} right
      </h3>
      <p className="text-slate-700 dark:text-slate-300">{stat.summary}</p>
      <p>
        Right answer: {stat.correctLabel} · {stat.right} of {students(stat.students)}
        {stat.blank > 0 ? ` · ${stat.blank} left it blank` : ""}
      </p>
      <p>
        Most common wrong answer: {stat.mostCommonWrong ? `${stat.mostCommonWrong.label} (${students(stat.mostCommonWrong.count)})` : "none"}
      </p>
      <details>
        <summary className="min-h-11 cursor-pointer py-2">What the class chose</summary>
        <ul className="flex flex-col gap-1 pl-4">
          {stat.optionLabels.map((label, i) => (
            <li key={label}>
              {label}: {students(stat.optionCounts[i] ?? 0)}
            </li>
          ))}
        </ul>
      </details>
      {stat.statements && (
        <ul className="flex flex-col gap-1" aria-label={`Statements of question ${stat.number}`}>
          {stat.statements.map((s) => (
            <li key={s.label}>
              <span className="font-medium">
                {s.label}: {formatPercent(s.share)} right
              </span>{" "}
              <span className="text-slate-600 dark:text-slate-400">{s.text}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
