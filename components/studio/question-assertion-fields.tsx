import type { DraftAssertion, StatementPairDraft } from "@/lib/studio/question-drafts";
import { suggestFalseStatements } from "@/lib/studio/suggest";
import { FactSelect, Suggestions, TextInput } from "./fields";
import type { KindProps } from "./question-editor";

const NAMES = { statementI: "Statement-I", statementII: "Statement-II" } as const;

/**
 * Statement-I / Statement-II: two statements from the facts, either made false, and whether II explains I.
 * The key follows from those three answers (lib/quiz/render-options), so it is never typed.
 */
export function AssertionFields({ q, n, prefix, facts, edit, at, exact }: KindProps<StatementPairDraft>) {
  const bothTrue = q.statementI?.correct === true && q.statementII?.correct === true;
  const setPart = (key: keyof typeof NAMES, change: Partial<DraftAssertion>) =>
    edit((x) => {
      x[key] = { ...x[key], ...change };
      // "Explains" is only asked of two true statements: a false one clears it, so the key stays defined.
      if (!(x.statementI.correct && x.statementII.correct)) x.statementIIExplainsI = false;
    });
  return (
    <>
      {(Object.keys(NAMES) as (keyof typeof NAMES)[]).map((key) => {
        const part = q[key] ?? { text: "", correct: true, factIds: [] };
        const fact = facts.find((f) => f.id === part.factIds[0]);
        const label = `Question ${n} ${NAMES[key]}`;
        return (
          <fieldset key={key} className="flex min-w-0 flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <legend className="text-sm font-medium">
              {NAMES[key]} of question {n}
            </legend>
            <FactSelect label={`${label} rests on fact`} name={`${prefix}.${key}.factIds`} value={part.factIds[0] ?? ""} facts={facts} onChange={(f) => setPart(key, { factIds: [f.id], ...(part.correct ? { text: f.statement } : {}) })} issues={at(`${key}.factIds`)} />
            <TextInput label={label} name={`${prefix}.${key}.text`} area rows={2} value={part.text} onChange={(v) => setPart(key, { text: v })} issues={at(`${key}.text`).concat(at(`${key}.correct`), exact(key))} />
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="size-5 shrink-0" checked={part.correct} onChange={(e) => setPart(key, { correct: e.target.checked, ...(e.target.checked && fact ? { text: fact.statement } : {}) })} />
              {label} is true
            </label>
            {!part.correct && fact && <Suggestions label={`False versions of ${NAMES[key]}, from the other facts:`} ideas={suggestFalseStatements(fact, facts)} onPick={(v) => setPart(key, { text: v })} />}
          </fieldset>
        );
      })}
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-5 shrink-0"
            disabled={!bothTrue}
            aria-describedby={`${prefix}.statementIIExplainsI-hint`}
            checked={q.statementIIExplainsI === true}
            onChange={(e) => edit((x) => void (x.statementIIExplainsI = e.target.checked))}
          />
          Question {n}: Statement-II explains Statement-I
        </label>
        <p id={`${prefix}.statementIIExplainsI-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          Asked only when both statements are true.
        </p>
        {at("statementIIExplainsI").map((m) => (
          <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
            {m}
          </p>
        ))}
      </div>
      <TextInput label={`Question ${n} explanation`} name={`${prefix}.explanation`} area rows={3} value={q.explanation ?? ""} onChange={(v) => edit((x) => void (x.explanation = v))} issues={at("explanation")} />
    </>
  );
}
