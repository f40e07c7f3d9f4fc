import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getAttemptView } from "@/server/queries/quiz-attempt";
import { topicTitles } from "@/server/queries/quiz-topics";
import { closeIfExpired } from "@/server/quiz/submit-attempt";
import { orNotFound } from "@/server/quiz/or-not-found";
import { MockTest } from "@/components/quiz/mock-test";
import { PracticeSession } from "@/components/quiz/practice-session";
import { topicListTitle } from "@/lib/quiz/topic-list-title";

export const metadata: Metadata = { title: "Test" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser("student", `/practice/attempts/${attemptId}`);
  const db = await getDb();
  // A test whose time ran out while the tab was closed is closed now, at its deadline.
  await orNotFound(closeIfExpired(db, user.id, attemptId, new Date()));
  const view = await orNotFound(getAttemptView(db, user.id, attemptId, new Date()));
  if (view.finished) redirect(`/practice/attempts/${attemptId}/result`);
  if (view.mode === "mock") return <MockTest initial={view} />;
  const titles = Object.values(await topicTitles(db, view.topicIds));
  return <PracticeSession initial={view} title={titles.length > 0 ? topicListTitle(titles) : "questions"} />;
}
