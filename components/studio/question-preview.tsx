import { questionSchema, type PrelimsQuestion } from "@/lib/content/question-schema";
import { correctOptionIndex, questionPrompt, renderOptions } from "@/lib/quiz/render-options";
import { optionLetter } from "@/lib/format/words";

/** A prelims question as the paper prints it, with the key the bank derives from the statements. */
export function QuestionPreview({ question, topicId }: { question: Record<string, unknown>; topicId: string }) {
  const parsed = questionSchema.safeParse({ ...question, topicIds: [topicId] });
  if (!parsed.success || parsed.data.kind === "mains") return <p className="text-sm text-slate-600 dark:text-slate-300">The preview appears once the question is complete.</p>;
  const q: PrelimsQuestion = parsed.data;
  const items = q.kind === "multi-statement" || q.kind === "how-many" ? q.statements.map((s) => s.text) : [];
  const key = correctOptionIndex(q);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      {"stem" in q && q.stem && <p className="font-medium">{q.stem}</p>}
      {items.length > 0 && (
        <ol className="list-decimal pl-6">
          {items.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      )}
      {questionPrompt(q) && <p>{questionPrompt(q)}</p>}
      <ul className="flex flex-col gap-1">
        {renderOptions(q).map((label, i) => (
          <li key={i} className={i === key ? "font-semibold text-emerald-700 dark:text-emerald-400" : ""}>
            {optionLetter(i)} {label}
            {i === key ? " — key" : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
