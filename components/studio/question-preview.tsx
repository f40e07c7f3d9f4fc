import { MainsFramework } from "@/components/quiz/mains-framework";
import { MainsQuestionCard } from "@/components/quiz/mains-question-card";
import { OptionList } from "@/components/quiz/option-list";
import { QuestionBody } from "@/components/quiz/question-body";
import { optionLetter } from "@/lib/format/words";
import { questionSchema } from "@/lib/content/question-schema";
import { toPublicQuestion } from "@/lib/quiz/public-question";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import { questionAsContent } from "@/lib/studio/question-drafts";

/**
 * The question as the student's screens show it (the same components and the same view builder), with
 * the key the bank derives: exactly what publishing would store.
 */
export function QuestionPreview({ question, topicId }: { question: Record<string, unknown>; topicId: string }) {
  const parsed = questionSchema.safeParse({ ...questionAsContent(question).question, topicIds: [topicId] });
  const frame = "flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-900";
  if (!parsed.success) return <p className="text-sm text-slate-600 dark:text-slate-300">The preview appears once the question is complete.</p>;
  const q = parsed.data;
  if (q.kind === "mains") {
    return (
      <div className={frame}>
        <MainsQuestionCard question={q} as="h3" />
        <MainsFramework framework={q.framework} id={`preview-${q.id}-framework`} level={4} />
        <div>
          <p className="font-semibold">Check your answer</p>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
            {q.rubric.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  const view = toPublicQuestion(q);
  const key = correctOptionIndex(q);
  return (
    <div className={frame}>
      <QuestionBody question={view} />
      <OptionList options={view.options} chosenIndex={null} disabled correctIndex={key} />
      <p className="text-sm font-medium">
        Key (derived): {optionLetter(key)} {view.options[key]}
      </p>
    </div>
  );
}
