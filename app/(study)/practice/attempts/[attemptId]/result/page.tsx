import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { getAttemptResult } from "@/server/queries/quiz-result";
import { closeIfExpired } from "@/server/quiz/submit-attempt";
import { orNotFound } from "@/server/quiz/or-not-found";
import { ResultSummary, TopicBreakdown } from "@/components/quiz/result-summary";
import { QuestionReview } from "@/components/quiz/question-review";
import { MistakesButton } from "@/components/quiz/mistakes-button";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Result" };

export default async function ResultPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser("student", `/practice/attempts/${attemptId}/result`);
  const db = await getDb();
  await orNotFound(closeIfExpired(db, user.id, attemptId, new Date()));
  const result = await orNotFound(getAttemptResult(db, user.id, attemptId, new Date())).catch((error: unknown) => {
    // Still in progress: the test itself is where to go.
    if (error instanceof AppError && error.code === "conflict") redirect(`/practice/attempts/${attemptId}`);
    throw error;
  });
  return (
    <div className="flex flex-col gap-8">
      <div>
        <p>
          <TextLink href="/practice" className="text-sm">
            ← All practice
          </TextLink>
        </p>
        <h1 className="text-2xl font-bold">{result.mode === "mock" ? "Mock test result" : "Practice result"}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">Marked under {result.scheme.name}.</p>
      </div>
      <ResultSummary result={result} />

      <section aria-labelledby="memory-heading" className="flex flex-col gap-2">
        <h2 id="memory-heading" className="text-lg font-semibold">
          Turn mistakes into reviews
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The facts behind your {result.wrong} wrong answer{result.wrong === 1 ? "" : "s"} become flashcards in today&apos;s review. Cards you already study are left as they are.
        </p>
        <MistakesButton attemptId={result.id} wrongAnswers={result.wrong} />
      </section>

      <section aria-labelledby="guessing-heading" className="flex flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
        <h2 id="guessing-heading" className="text-lg font-semibold">
          Should you guess?
        </h2>
        <p className="text-sm">{result.guessing.advice}</p>
      </section>

      <TopicBreakdown topics={result.byTopic} />
      <QuestionReview items={result.perQuestion} />
    </div>
  );
}
