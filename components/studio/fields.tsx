import { FieldShell, controlClass, describedBy } from "@/components/ui/field-shell";
import type { DraftFact } from "@/lib/studio/document";

/** A labelled text field or area with the live check's messages beside it. */
export function TextInput({ label, name, value, onChange, issues, area = false, rows = 3, hint }: { label: string; name: string; value: string; onChange: (v: string) => void; issues: string[]; area?: boolean; rows?: number; hint?: string }) {
  const error = issues.length ? issues.join(" ") : undefined;
  const props = { id: name, name, value, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(name, error, hint), className: `${controlClass} w-full min-w-0` };
  return (
    <FieldShell label={label} name={name} error={error} hint={hint}>
      {area ? <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} /> : <input {...props} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}

/** Messages of the live check that belong to a group of fields rather than one of them. */
export function IssueList({ messages, id }: { messages: string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-1">
      {messages.map((m) => (
        <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
          {m}
        </p>
      ))}
    </div>
  );
}

/** Wrong versions offered from the other facts; a click puts one in the field, which stays editable. */
export function Suggestions({ label, ideas, onPick }: { label: string; ideas: readonly string[]; onPick: (idea: string) => void }) {
  if (ideas.length === 0) return null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>{label}</p>
      <ul className="flex flex-wrap gap-2" aria-label={label}>
        {ideas.map((idea) => (
          <li key={idea} className="min-w-0 max-w-full">
            <button type="button" className="min-h-11 max-w-full rounded border border-slate-300 px-2 py-1 text-left break-words hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800" onClick={() => onPick(idea)}>
              {idea}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const short = (fact: DraftFact) => (fact.statement.length > 70 ? `${fact.statement.slice(0, 70)}…` : fact.statement) || fact.id;

/** Which fact an item rests on: true items are taken from it. */
export function FactSelect({ label, name, value, facts, onChange, issues }: { label: string; name: string; value: string; facts: readonly DraftFact[]; onChange: (fact: DraftFact) => void; issues: string[] }) {
  const error = issues.length ? issues.join(" ") : undefined;
  return (
    <FieldShell label={label} name={name} error={error}>
      <select
        id={name}
        className={`${controlClass} w-full min-w-0`}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, undefined)}
        onChange={(e) => {
          const fact = facts.find((f) => f.id === e.target.value);
          if (fact) onChange(fact);
        }}
      >
        {!facts.some((f) => f.id === value) && <option value={value}>{value || "Choose a fact"}</option>}
        {facts.map((f) => (
          <option key={f.id} value={f.id}>
            {short(f)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The facts a whole question rests on (single-answer and mains questions cite them at question level). */
export function FactChecklist({ legend, name, chosen, facts, onChange, issues }: { legend: string; name: string; chosen: readonly string[]; facts: readonly DraftFact[]; onChange: (ids: string[]) => void; issues: string[] }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="text-sm font-medium">{legend}</legend>
      {facts.map((f) => (
        <label key={f.id} className="flex min-h-11 items-start gap-2 text-sm">
          <input
            type="checkbox"
            name={name}
            className="mt-0.5 size-5 shrink-0"
            checked={chosen.includes(f.id)}
            onChange={(e) => onChange(e.target.checked ? facts.filter((x) => x.id === f.id || chosen.includes(x.id)).map((x) => x.id) : chosen.filter((id) => id !== f.id))}
          />
          <span className="min-w-0 break-words">{short(f)}</span>
        </label>
      ))}
      <IssueList messages={issues} />
    </fieldset>
  );
}

/** The stem every prelims kind but Statement-I/II starts with. */
export function StemInput({ n, prefix, value, onChange, at }: { n: number; prefix: string; value: string; onChange: (v: string) => void; at: (sub: string) => string[] }) {
  return <TextInput label={`Question ${n} stem`} name={`${prefix}.stem`} area rows={2} value={value} onChange={onChange} issues={at("stem")} />;
}
