import { Button } from "@/components/ui/button";
import type { DraftOption, SingleDraft } from "@/lib/studio/question-drafts";
import { factTerms, suggestAlternatives } from "@/lib/studio/suggest";
import { FactChecklist, IssueList, Suggestions, TextInput, StemInput } from "./fields";
import type { KindProps } from "./question-editor";

const blank: DraftOption = { text: "", explanation: "" };

/**
 * Single answer: the correct option comes from the chosen facts, the three wrong ones are the editor's,
 * with suggestions of the same sort from the other facts. Where the answer is printed is derived (the preview shows it).
 */
export function SingleFields({ q, n, prefix, facts, edit, at, exact }: KindProps<SingleDraft>) {
  const answer = q.answer ?? blank;
  const distractors = q.distractors ?? [];
  const chosen = facts.filter((f) => (q.factIds ?? []).includes(f.id));
  const fromFacts = [...new Set(chosen.flatMap(factTerms))].filter((t) => t !== answer.text);
  const ideas = suggestAlternatives(answer.text, facts).filter((idea) => !distractors.some((d) => d.text === idea));
  return (
    <>
      <FactChecklist legend={`Question ${n}: facts it tests`} name={`${prefix}.factIds`} chosen={q.factIds ?? []} facts={facts} onChange={(ids) => edit((x) => void (x.factIds = ids))} issues={at("factIds")} />
      <StemInput n={n} prefix={prefix} value={q.stem ?? ""} onChange={(v) => edit((x) => void (x.stem = v))} at={at} />
      <div className="flex min-w-0 flex-col gap-2 rounded-lg bg-emerald-50 p-3 dark:bg-emerald-950">
        <TextInput label={`Question ${n} correct option`} name={`${prefix}.answer.text`} value={answer.text} hint="True by the facts it tests; its letter is worked out, not chosen." onChange={(v) => edit((x) => void (x.answer = { ...(x.answer ?? blank), text: v }))} issues={at("answer.text").concat(exact("answer"))} />
        <Suggestions label={`From the facts question ${n} tests:`} ideas={fromFacts.slice(0, 6)} onPick={(v) => edit((x) => void (x.answer = { ...(x.answer ?? blank), text: v }))} />
        <TextInput label={`Question ${n} correct option explanation`} name={`${prefix}.answer.explanation`} value={answer.explanation} onChange={(v) => edit((x) => void (x.answer = { ...(x.answer ?? blank), explanation: v }))} issues={at("answer.explanation")} />
      </div>
      {distractors.map((d, j) => (
        <div key={j} className="flex min-w-0 flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <TextInput label={`Question ${n} wrong option ${j + 1}`} name={`${prefix}.distractors.${j}.text`} value={d.text} onChange={(v) => edit((x) => void (x.distractors[j]!.text = v))} issues={at(`distractors.${j}.text`).concat(exact(`distractors.${j}`))} />
          {d.text.trim() === "" && <Suggestions label={`Suggestions for wrong option ${j + 1}:`} ideas={ideas} onPick={(v) => edit((x) => void (x.distractors[j]!.text = v))} />}
          <TextInput label={`Question ${n} wrong option ${j + 1} explanation`} name={`${prefix}.distractors.${j}.explanation`} value={d.explanation} onChange={(v) => edit((x) => void (x.distractors[j]!.explanation = v))} issues={at(`distractors.${j}.explanation`)} />
        </div>
      ))}
      <IssueList messages={exact("distractors")} />
      {distractors.length < 3 && (
        <div>
          <Button type="button" variant="secondary" onClick={() => edit((x) => void (x.distractors = [...(x.distractors ?? []), { ...blank }]))}>
            Add a wrong option to question {n}
          </Button>
        </div>
      )}
    </>
  );
}
