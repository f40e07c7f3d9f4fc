import { Button } from "@/components/ui/button";
import { FieldShell, controlClass } from "@/components/ui/field-shell";
import { MAINS_DIRECTIVES } from "@/lib/content/question-schema";
import type { MainsDraft } from "@/lib/studio/question-drafts";
import { FactChecklist, IssueList, TextInput } from "./fields";
import type { KindProps } from "./question-editor";

/** A list of short texts (key points, rubric items) with add and remove; at least `min` stay. */
function TextList({ noun, n, name, items, min, onChange, at, exact }: { noun: string; n: number; name: string; items: string[]; min: number; onChange: (items: string[]) => void; at: (sub: string) => string[]; exact: string[] }) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      {items.map((item, k) => (
        <div key={k} className="flex min-w-0 flex-col gap-2 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <TextInput label={`Question ${n} ${noun} ${k + 1}`} name={`${name}.${k}`} value={item} onChange={(v) => onChange(items.map((x, i) => (i === k ? v : x)))} issues={at(String(k))} />
          </div>
          {items.length > min && (
            <Button type="button" variant="secondary" onClick={() => onChange(items.filter((_, i) => i !== k))}>
              Remove {noun} {k + 1}
            </Button>
          )}
        </div>
      ))}
      <IssueList messages={exact} />
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...items, ""])}>
          Add a {noun} to question {n}
        </Button>
      </div>
    </div>
  );
}

/** A mains question: directive, text, marks (the word limit follows), a model framework and the student's self-check rubric. */
export function MainsFields({ q, n, prefix, facts, edit, at, exact }: KindProps<MainsDraft>) {
  const framework = q.framework ?? { introduction: "", keyPoints: [], wayForward: "" };
  const setFramework = (change: Partial<MainsDraft["framework"]>) => edit((x) => void (x.framework = { ...framework, ...change }));
  return (
    <>
      <FactChecklist legend={`Question ${n}: facts it draws on`} name={`${prefix}.factIds`} chosen={q.factIds ?? []} facts={facts} onChange={(ids) => edit((x) => void (x.factIds = ids))} issues={at("factIds")} />
      <FieldShell label={`Question ${n} directive`} name={`${prefix}.directive`} error={at("directive").join(" ") || undefined}>
        <select id={`${prefix}.directive`} className={`${controlClass} w-full min-w-0`} value={q.directive} onChange={(e) => edit((x) => void (x.directive = e.target.value))}>
          {MAINS_DIRECTIVES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </FieldShell>
      <TextInput label={`Question ${n} question text`} name={`${prefix}.text`} area rows={3} value={q.text ?? ""} onChange={(v) => edit((x) => void (x.text = v))} issues={at("text")} />
      <fieldset className="flex min-w-0 flex-col gap-1">
        <legend className="text-sm font-medium">Question {n} marks</legend>
        {[10, 15].map((marks) => (
          <label key={marks} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" className="size-5 shrink-0" name={`${prefix}.marks`} checked={q.marks === marks} onChange={() => edit((x) => void (x.marks = marks))} />
            {marks} marks ({marks === 10 ? 150 : 250} words)
          </label>
        ))}
        <IssueList messages={at("marks")} />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
        <legend className="text-sm font-medium">Question {n} framework (shown after the student submits)</legend>
        <TextInput label={`Question ${n} introduction`} name={`${prefix}.framework.introduction`} area rows={2} value={framework.introduction} onChange={(v) => setFramework({ introduction: v })} issues={at("framework.introduction")} />
        <TextList noun="key point" n={n} name={`${prefix}.framework.keyPoints`} items={framework.keyPoints} min={2} onChange={(keyPoints) => setFramework({ keyPoints })} at={(k) => at(`framework.keyPoints.${k}`)} exact={exact("framework.keyPoints").concat(exact("framework"))} />
        <TextInput label={`Question ${n} way forward`} name={`${prefix}.framework.wayForward`} area rows={2} value={framework.wayForward} onChange={(v) => setFramework({ wayForward: v })} issues={at("framework.wayForward")} />
      </fieldset>
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="text-sm font-medium">Question {n} rubric (the student&apos;s self-check)</legend>
        <TextList noun="rubric item" n={n} name={`${prefix}.rubric`} items={q.rubric ?? []} min={1} onChange={(rubric) => edit((x) => void (x.rubric = rubric))} at={(k) => at(`rubric.${k}`)} exact={exact("rubric")} />
      </fieldset>
    </>
  );
}
