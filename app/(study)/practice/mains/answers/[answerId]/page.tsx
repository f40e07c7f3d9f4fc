import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getMainsAnswerView } from "@/server/queries/quiz-mains";
import { orNotFound } from "@/server/quiz/or-not-found";
import { MainsQuestionCard } from "@/components/quiz/mains-question-card";
import { MainsEditor } from "@/components/quiz/mains-editor";
import { MainsRubric } from "@/components/quiz/mains-rubric";
import { MainsFramework } from "@/components/quiz/mains-framework";
import { countWords } from "@/lib/format/words";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Mains answer" };

export default async function MainsAnswerPage({ params }: { params: Promise<{ answerId: string }> }) {
  const { answerId } = await params;
  const user = await requirePageUser("student", `/practice/mains/answers/${answerId}`);
  const view = await orNotFound(getMainsAnswerView(await getDb(), user.id, answerId));
  return (
    <div className="flex flex-col gap-6">
      <p>
        <TextLink href="/practice/mains" className="text-sm">
          ← All mains questions and answers
        </TextLink>
      </p>
      <MainsQuestionCard question={view.question} as="h1" />
      {view.submittedAt === null || !view.framework || !view.rubric ? (
        <MainsEditor key={view.id} view={view} serverNow={new Date().toISOString()} />
      ) : (
        <>
          <section aria-labelledby="your-answer" className="flex flex-col gap-2">
            <h2 id="your-answer" className="text-lg font-semibold">
              Your answer <span className="text-sm font-normal">({countWords(view.text)} of {view.question.wordLimit} words)</span>
            </h2>
            <div className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 leading-relaxed dark:border-slate-700 dark:bg-slate-900">{view.text}</div>
          </section>
          <MainsFramework framework={view.framework} id="framework" />
          <MainsRubric answerId={view.id} items={view.rubric} />
        </>
      )}
    </div>
  );
}
