import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { findOpenMainsDraft, getMainsQuestion } from "@/server/queries/quiz-mains";
import { MainsQuestionCard } from "@/components/quiz/mains-question-card";
import { StartMainsButton } from "@/components/quiz/start-mains-button";
import { TextLink } from "@/components/ui/text-link";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";

export const metadata: Metadata = { title: "Mains question" };

export default async function MainsQuestionPage({ params }: { params: Promise<{ questionId: string }> }) {
  const { questionId } = await params;
  const user = await requirePageUser("student", `/practice/mains/${questionId}`);
  const db = await getDb();
  const question = await getMainsQuestion(db, questionId, await currentPrivateTopicIds());
  if (!question) notFound();
  const draft = await findOpenMainsDraft(db, user.id, questionId);
  if (draft) redirect(`/practice/mains/answers/${draft.id}`);
  return (
    <div className="flex flex-col gap-4">
      <p>
        <TextLink href="/practice/mains" className="text-sm">
          ← All mains questions
        </TextLink>
      </p>
      <MainsQuestionCard question={question} as="h1" />
      <p className="text-sm">The framework and the self-check rubric appear once you finish, so write from what you know first.</p>
      <StartMainsButton questionId={questionId} />
    </div>
  );
}
