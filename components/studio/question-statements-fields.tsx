import type { StatementsDraft } from "@/lib/studio/question-drafts";
import { suggestFalseStatements } from "@/lib/studio/suggest";
import { IssueList, Suggestions, TextInput, StemInput } from "./fields";
import type { KindProps } from "./question-editor";

/** Multi-statement and how-many: statements written from the chosen facts, any of them made false. */
export function StatementsFields({ q, n, prefix, facts, edit, at, exact }: KindProps<StatementsDraft>) {
  return (
    <>
      <StemInput n={n} prefix={prefix} value={q.stem ?? ""} onChange={(v) => edit((x) => void (x.stem = v))} at={at} />
      {(q.statements ?? []).map((s, j) => {
        const fact = facts.find((f) => f.id === s.factIds[0]);
        return (
          <div key={j} className="flex min-w-0 flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <TextInput label={`Statement ${j + 1}`} name={`${prefix}.statements.${j}.text`} value={s.text} onChange={(v) => edit((x) => void (x.statements[j]!.text = v))} issues={at(`statements.${j}`)} />
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="size-5" checked={s.correct} onChange={(e) => edit((x) => void (x.statements[j]!.correct = e.target.checked))} />
              Statement {j + 1} is true
            </label>
            {!s.correct && fact && <Suggestions label="Suggestions:" ideas={suggestFalseStatements(fact, facts)} onPick={(v) => edit((x) => void (x.statements[j]!.text = v))} />}
          </div>
        );
      })}
      <IssueList messages={exact("statements")} />
    </>
  );
}
