import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { describeMarking } from "@/lib/quiz/marking-scheme";
import { QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import { getPracticeTopic, listPracticeTopics } from "@/server/queries/quiz-topics";
import { getAttemptView } from "@/server/queries/quiz-attempt";
import { findOpenTopicPractice } from "@/server/quiz/start-practice";
import { PracticeSession } from "@/components/quiz/practice-session";
import { StartPracticeButton } from "@/components/quiz/start-practice-button";
import { TextLink } from "@/components/ui/text-link";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";

export const metadata: Metadata = { title: "Practice by topic" };

export default async function TopicPracticePage({ params }: { params: Promise<{ topicId: string }> }) {
  const { topicId } = await params;
  const user = await requirePageUser("student", `/practice/topic/${topicId}`);
  const db = await getDb();
  const privateIds = await currentPrivateTopicIds();
  const topic = await getPracticeTopic(db, topicId, privateIds);
  if (!topic) notFound();
  const open = await findOpenTopicPractice(db, user.id, topicId);
  if (open) {
    const view = await getAttemptView(db, user.id, open.id, new Date());
    return <PracticeSession key={view.id} initial={view} title={topic.title} />;
  }
  const count = (await listPracticeTopics(db, privateIds)).find((t) => t.id === topicId)?.questionCount ?? 0;
  return (
    <div className="flex flex-col gap-4">
      <p>
        <TextLink href="/practice" className="text-sm">
          ← All practice
        </TextLink>
      </p>
      <h1 className="text-2xl font-bold">Practice: {topic.title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{topic.summary}</p>
      {count === 0 ? (
        <p>This topic has no practice questions yet.</p>
      ) : (
        <>
          <p className="text-sm">
            {count} question{count === 1 ? "" : "s"}, untimed. After each answer you see whether it was right, why each option or statement is right or
            wrong, and the facts behind it. Answers are marked as in the exam: {describeMarking(QUIZ_SCHEME)}.
          </p>
          <StartPracticeButton topicId={topicId} label="Start practising" />
        </>
      )}
      <p className="text-sm">
        <TextLink href={`/topics/${topicId}`}>
          Read the notes for this topic
        </TextLink>
      </p>
    </div>
  );
}
