import type { MainsQuestionSummary } from "@/server/queries/quiz-mains";

/** A mains question as printed: the directive word, the question, its marks and word limit. */
export function MainsQuestionCard({ question, as: Heading = "h2" }: { question: MainsQuestionSummary; as?: "h1" | "h2" | "h3" }) {
  return (
    <div className="flex flex-col gap-1">
      <Heading className={Heading === "h1" ? "text-xl font-bold" : "font-semibold"}>{question.text}</Heading>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {question.marks} marks · {question.wordLimit} words · directive: <span className="font-medium">{question.directive}</span>
      </p>
    </div>
  );
}
