import type { AttemptResult } from "@/server/queries/quiz-result";
import { formatPercent } from "@/lib/format/numbers";
import { formatDuration } from "@/lib/format/durations";



/** The headline numbers, with the marks lost to negative marking shown on their own line. */
export function ResultSummary({ result }: { result: AttemptResult }) {
  const average = result.questions > 0 ? result.totalTimeMs / result.questions : 0;
  const stats: [string, string][] = [
    ["Accuracy", `${formatPercent(result.accuracy)} of attempted`],
    ["Attempted", `${result.attempted} of ${result.questions}`],
    ["Correct", String(result.correct)],
    ["Wrong", String(result.wrong)],
    ["Blank", String(result.blank)],
    ["Time", `${formatDuration(result.totalTimeMs)} in all, ${formatDuration(average)} a question on average`],
  ];
  return (
    <section aria-labelledby="score-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="score-heading" className="text-lg font-semibold">
        Score
      </h2>
      <p className="text-4xl font-bold" data-testid="score">
        {result.marks} <span className="text-lg font-normal text-slate-600 dark:text-slate-300">out of {result.maxMarks}</span>
      </p>
      <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-medium">Marks for correct answers</dt>
        <dd data-testid="marks-from-correct">
          {result.correct} correct × {result.scheme.perCorrect} = +{result.marksFromCorrect}
        </dd>
        <dt className="font-medium">Lost to negative marking</dt>
        <dd data-testid="marks-lost">
          {result.wrong} wrong × {result.scheme.perWrong} = {result.wrong === 0 ? "0.00" : `\u2212${result.marksLostToPenalty}`} (a third of the marks for
          a correct answer)
        </dd>
      </dl>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
            <dt className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Per-topic results: where the marks came from and where they went. */
export function TopicBreakdown({ topics }: { topics: AttemptResult["byTopic"] }) {
  return (
    <section aria-labelledby="topics-heading" className="flex flex-col gap-2">
      <h2 id="topics-heading" className="text-lg font-semibold">
        By topic
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">A question on two topics counts in both.</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
          <caption className="sr-only">Results by topic</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {["Topic", "Questions", "Correct", "Wrong", "Blank", "Accuracy", "Marks"].map((h) => (
                <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.topicId} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-2 pr-3 font-medium">{t.title}</th>
                <td className="py-2 pr-3">{t.questions}</td>
                <td className="py-2 pr-3">{t.correct}</td>
                <td className="py-2 pr-3">{t.wrong}</td>
                <td className="py-2 pr-3">{t.blank}</td>
                <td className="py-2 pr-3">{formatPercent(t.accuracy)}</td>
                <td className="py-2 pr-3">{t.marks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
