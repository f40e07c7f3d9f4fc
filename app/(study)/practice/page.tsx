import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { describeMarking } from "@/lib/quiz/marking-scheme";
import { QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import { listPracticeTopics } from "@/server/queries/quiz-topics";
import { listRecentAttempts } from "@/server/queries/quiz-attempts";
import { getUserTimeZone } from "@/server/queries/user-time-zone";
import { MockTestForm } from "@/components/quiz/mock-test-form";
import { AttemptList } from "@/components/quiz/attempt-list";
import { TextLink } from "@/components/ui/text-link";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const user = await requirePageUser("student", "/practice");
  const db = await getDb();
  const [topics, attempts, timeZone] = await Promise.all([listPracticeTopics(db, await currentPrivateTopicIds()), listRecentAttempts(db, user.id, new Date()), getUserTimeZone(db, user.id)]);
  const titles = Object.fromEntries(topics.map((t) => [t.id, t.title]));
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-2xl font-bold">Practice</h1>
        <p className="text-slate-700 dark:text-slate-300">
          UPSC-style questions marked the exam&apos;s way: {describeMarking(QUIZ_SCHEME)}.
        </p>
      </div>

      <section aria-labelledby="by-topic" className="flex flex-col gap-3">
        <h2 id="by-topic" className="text-xl font-semibold">Practise by topic</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Untimed. Each answer is explained at once, with the facts behind it.</p>
        {topics.length === 0 ? (
          <p className="text-sm">No topics are available yet.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {topics.map((t) => (
              <li key={t.id}>
                {t.questionCount > 0 ? (
                  <Link href={`/practice/topic/${t.id}`} className="flex min-h-11 items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 hover:border-indigo-400 dark:border-slate-700 dark:bg-slate-900">
                    <span className="font-medium">{t.title}</span>
                    <span className="shrink-0 text-sm text-slate-600 dark:text-slate-300">{t.questionCount} questions</span>
                  </Link>
                ) : (
                  <div className="flex min-h-11 items-center justify-between gap-3 rounded-lg border border-dashed border-slate-300 p-3 text-slate-600 dark:border-slate-600 dark:text-slate-400">
                    <span>{t.title}</span>
                    <span className="shrink-0 text-sm">no questions yet</span>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mock" className="flex flex-col gap-3">
        <h2 id="mock" className="text-xl font-semibold">Timed mock test</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          One question per screen, a countdown, and your answers saved as you go: close the tab and come back to the same question.
        </p>
        <MockTestForm topics={topics} />
      </section>

      <section aria-labelledby="mains" className="flex flex-col gap-2">
        <h2 id="mains" className="text-xl font-semibold">Mains answer writing</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Write against the word limit and the clock, then check your answer against a framework.</p>
        <TextLink href="/practice/mains" className="self-start font-semibold">
          Go to mains questions
        </TextLink>
      </section>

      <section aria-labelledby="history" className="flex flex-col gap-2">
        <h2 id="history" className="text-xl font-semibold">Your tests</h2>
        <AttemptList attempts={attempts} topicTitles={titles} timeZone={timeZone} />
      </section>
    </div>
  );
}
