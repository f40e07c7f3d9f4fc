import { shiftStudyDay } from "@/lib/srs/study-day";
import { formatDay } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { plural } from "@/lib/format/words";
import type { ExamView } from "@/server/stats/exam-view";
import { ExamDateForm } from "./exam-date-form";
import { StatsSection } from "./stats-section";
import { TextLink } from "@/components/ui/text-link";

function Readiness({ exam }: { exam: Extract<ExamView, { status: "set" }> }) {
  const started = exam.topics.filter((t) => t.introduced > 0);
  return (
    <>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Predicted recall on exam day by topic">
        <table className="w-full min-w-[24rem] border-collapse text-left text-sm tabular-nums">
          <caption className="sr-only">Predicted recall on exam day for each topic, over the cards you have started</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="px-2 py-2">Topic</th>
              <th scope="col" className="px-2 py-2">Cards started</th>
              <th scope="col" className="px-2 py-2">If you stop studying now</th>
              <th scope="col" className="px-2 py-2">If you keep your review schedule</th>
            </tr>
          </thead>
          <tbody>
            {exam.topics.map((t) => (
              <tr key={t.topicId} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-2 font-medium">{t.title}</th>
                <td className="px-2 py-2">{t.introduced} of {t.cardCount}</td>
                <td className="px-2 py-2">{t.introduced === 0 ? "Not started" : formatPercent(t.noStudy)}</td>
                <td className="px-2 py-2">{t.introduced === 0 ? "Not started" : formatPercent(t.keepSchedule)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">Review these facts first</h3>
        {exam.weakestFacts.length === 0 ? (
          <p className="text-sm">
            {started.length === 0 ? "Start reviewing cards and the facts you are most likely to forget by exam day will be listed here." : "No weak facts found."}
          </p>
        ) : (
          <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
            {exam.weakestFacts.map((f) => (
              <li key={f.factId}>
                <TextLink href={`/topics/${f.topicId}#fact-${f.factId}`} className="font-medium">
                  {f.statement}
                </TextLink>{" "}
                <span className="text-slate-600 dark:text-slate-300">
                  ({f.topicTitle}: {formatPercent(f.noStudy)} if you stop now, {formatPercent(f.keepSchedule)} on schedule)
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

export function ExamSection({ exam, today }: { exam: ExamView; today: string }) {
  const examDate = exam.status === "unset" ? null : exam.examDate;
  return (
    <StatsSection
      id="exam"
      title="Exam readiness"
      intro="Predicted chance of recalling each started card on the morning of your exam, from the FSRS forgetting curve: once if you stop studying now, once if you review every card when it falls due."
    >
      {exam.status === "set" && (
        <p className="text-lg font-semibold">
          {plural(exam.daysLeft, "day")} to your exam on {formatDay(exam.examDate)}
        </p>
      )}
      {exam.status === "past" && <p>Your exam date, {formatDay(exam.examDate)}, has passed. Set the date of your next exam.</p>}
      {exam.status === "unset" && <p className="text-sm">Set your exam date to see how ready each topic will be on the day.</p>}
      <ExamDateForm examDate={examDate} tomorrow={shiftStudyDay(today, 1)} />
      {exam.status === "set" && <Readiness exam={exam} />}
    </StatsSection>
  );
}
