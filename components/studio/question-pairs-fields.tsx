import { Button } from "@/components/ui/button";
import type { DraftPair, MatchPairsDraft } from "@/lib/studio/question-drafts";
import { suggestAlternatives, valueText } from "@/lib/studio/suggest";
import { FactSelect, IssueList, Suggestions, TextInput, StemInput } from "./fields";
import type { KindProps } from "./question-editor";

/**
 * Match the pairs: each pair rests on one fact; a correctly matched pair states it, a wrong one puts
 * another fact's value or name in List-II. The key (how many pairs match) is counted, never typed.
 */
export function PairsFields({ q, n, prefix, facts, edit, at, exact }: KindProps<MatchPairsDraft>) {
  const pairs = q.pairs ?? [];
  const setHeading = (side: "left" | "right", v: string) =>
    edit((x) => {
      const heading = { left: x.heading?.left ?? "", right: x.heading?.right ?? "", [side]: v };
      // Headings are optional, but content/ wants both or neither.
      if (heading.left === "" && heading.right === "") delete x.heading;
      else x.heading = heading;
    });
  const setPair = (j: number, change: Partial<DraftPair>) => edit((x) => void (x.pairs[j] = { ...x.pairs[j]!, ...change }));
  return (
    <>
      <StemInput n={n} prefix={prefix} value={q.stem ?? ""} onChange={(v) => edit((x) => void (x.stem = v))} at={at} />
      <div className="grid min-w-0 gap-3 sm:grid-cols-2">
        <TextInput label={`Question ${n} List-I heading (optional)`} name={`${prefix}.heading.left`} value={q.heading?.left ?? ""} onChange={(v) => setHeading("left", v)} issues={at("heading.left")} />
        <TextInput label={`Question ${n} List-II heading (optional)`} name={`${prefix}.heading.right`} value={q.heading?.right ?? ""} onChange={(v) => setHeading("right", v)} issues={at("heading.right")} />
      </div>
      {pairs.map((p, j) => {
        const fact = facts.find((f) => f.id === p.factIds[0]);
        const truth = fact ? (valueText(fact) ?? p.right) : p.right;
        const ideas = p.correct ? [] : suggestAlternatives(truth, facts).filter((idea) => idea !== p.right);
        const name = `${prefix}.pairs.${j}`;
        return (
          <fieldset key={j} className="flex min-w-0 flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <legend className="text-sm font-medium">
              Question {n} pair {j + 1}
            </legend>
            <FactSelect label={`Question ${n} pair ${j + 1} rests on fact`} name={`${name}.factIds`} value={p.factIds[0] ?? ""} facts={facts} onChange={(f) => setPair(j, { factIds: [f.id], right: p.correct ? (valueText(f) ?? p.right) : p.right, explanation: p.explanation || f.statement })} issues={at(`pairs.${j}.factIds`)} />
            <div className="grid min-w-0 gap-2 sm:grid-cols-2">
              <TextInput label={`Question ${n} pair ${j + 1} List-I`} name={`${name}.left`} value={p.left} onChange={(v) => setPair(j, { left: v })} issues={at(`pairs.${j}.left`)} />
              <TextInput label={`Question ${n} pair ${j + 1} List-II`} name={`${name}.right`} value={p.right} onChange={(v) => setPair(j, { right: v })} issues={at(`pairs.${j}.right`)} />
            </div>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" className="size-5 shrink-0" checked={p.correct} onChange={(e) => setPair(j, { correct: e.target.checked, ...(e.target.checked && fact && valueText(fact) ? { right: valueText(fact)! } : {}) })} />
              Question {n} pair {j + 1} is correctly matched
            </label>
            <Suggestions label={`Wrong List-II entries for pair ${j + 1}, from the other facts:`} ideas={ideas} onPick={(v) => setPair(j, { right: v })} />
            <TextInput label={`Question ${n} pair ${j + 1} explanation`} name={`${name}.explanation`} value={p.explanation} onChange={(v) => setPair(j, { explanation: v })} issues={at(`pairs.${j}.explanation`).concat(exact(`pairs.${j}`))} />
            {pairs.length > 3 && (
              <div>
                <Button type="button" variant="secondary" onClick={() => edit((x) => void x.pairs.splice(j, 1))}>
                  Remove pair {j + 1} from question {n}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      <IssueList messages={exact("pairs")} />
      {pairs.length < 4 && facts[0] && (
        <div>
          <Button type="button" variant="secondary" onClick={() => edit((x) => void x.pairs.push({ left: "", right: valueText(facts[0]!) ?? "", correct: true, factIds: [facts[0]!.id], explanation: facts[0]!.statement }))}>
            Add a pair to question {n}
          </Button>
        </div>
      )}
    </>
  );
}
