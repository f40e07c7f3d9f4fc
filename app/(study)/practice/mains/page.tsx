import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { listMainsAnswers, listMainsQuestions } from "@/server/queries/quiz-mains";
import { getUserTimeZone } from "@/server/queries/user-time-zone";
import { formatDateTime } from "@/lib/format/dates";
import { MainsQuestionCard } from "@/components/quiz/mains-question-card";
import { TextLink } from "@/components/ui/text-link";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";

export const metadata: Metadata = { title: "Mains answer writing" };


export default async function MainsPage() {
  const user = await requirePageUser("student", "/practice/mains");
  const db = await getDb();
  const [questions, answers, timeZone] = await Promise.all([listMainsQuestions(db, await currentPrivateTopicIds()), listMainsAnswers(db, user.id), getUserTimeZone(db, user.id)]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <p>
          <TextLink href="/practice" className="text-sm">
            ← All practice
          </TextLink>
        </p>
        <h1 className="text-2xl font-bold">Mains answer writing</h1>
        <p className="text-slate-700 dark:text-slate-300">Write within the word limit, then compare with a model framework and tick the rubric yourself.</p>
      </div>
      <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
        <h2 id="questions-heading" className="text-xl font-semibold">Questions</h2>
        {questions.length === 0 ? (
          <p className="text-sm">No mains questions are available yet.</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {questions.map((q) => (
              <li key={q.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
                <MainsQuestionCard question={q} as="h3" />
                <TextLink href={`/practice/mains/${q.id}`} className="self-start text-sm font-semibold">
                  Write an answer<span className="sr-only"> to: {q.text}</span>
                </TextLink>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="answers-heading" className="flex flex-col gap-3">
        <h2 id="answers-heading" className="text-xl font-semibold">Your answers</h2>
        {answers.length === 0 ? (
          <p className="text-sm">You have not written any answers yet.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700">
            {answers.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <p className="font-medium">{a.questionText}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {a.submittedAt ? `Finished ${formatDateTime(a.submittedAt, timeZone)}` : `Draft, last saved ${formatDateTime(a.updatedAt, timeZone)}`} · {a.words} words
                  </p>
                </div>
                <TextLink href={`/practice/mains/answers/${a.id}`} className="rounded-md px-3 py-2 text-sm font-semibold">
                  {a.submittedAt ? "View" : "Continue"}
                  <span className="sr-only"> your answer started {formatDateTime(a.startedAt, timeZone)}</span>
                </TextLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
