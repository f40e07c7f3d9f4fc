import { Button } from "@/components/ui/button";
import type { DocumentIssue } from "@/lib/studio/check-document";
import type { DraftFact } from "@/lib/studio/document";
import { QUESTION_KIND_LABELS, type MainsDraft, type MatchPairsDraft, type QuestionDraft, type SingleDraft, type StatementPairDraft, type StatementsDraft, type StudioQuestionKind } from "@/lib/studio/question-drafts";
import { IssueList } from "./fields";
import { AssertionFields } from "./question-assertion-fields";
import { MainsFields } from "./question-mains-fields";
import { PairsFields } from "./question-pairs-fields";
import { QuestionPreview } from "./question-preview";
import { SingleFields } from "./question-single-fields";
import { StatementsFields } from "./question-statements-fields";

/** What every kind's fields get: the draft, its number, the topic's facts, an editor, and the live check's messages by field. */
export type KindProps<Q extends QuestionDraft> = {
  q: Q;
  /** 1-based, as the labels say it. */
  n: number;
  /** Document path of the question ("questions.2"): ids and names of its controls, and the live check's paths. */
  prefix: string;
  facts: readonly DraftFact[];
  edit: (change: (q: Q) => void) => void;
  /** Messages at `prefix.sub` or inside it. */
  at: (sub: string) => string[];
  /** Messages at exactly `prefix.sub` (a group's own, not its members'). */
  exact: (sub: string) => string[];
};

/** The fields each kind shows messages beside; anything else the check says about the question is listed under it. */
const FIELDS: Record<StudioQuestionKind, readonly string[]> = {
  single: ["factIds", "stem", "answer", "distractors"],
  "multi-statement": ["stem", "statements"],
  "how-many": ["stem", "statements"],
  "match-pairs": ["stem", "heading", "pairs"],
  "statement-i-ii": ["stem", "statementI", "statementII", "statementIIExplainsI", "explanation"],
  mains: ["factIds", "directive", "text", "marks", "framework", "rubric"],
};

const under = (path: string, base: string) => path === base || path.startsWith(`${base}.`);

/** One question of any kind: its fields, the live check's messages beside them, and the student's view of it. */
export function QuestionEditor({ raw, index, topicId, facts, issues, edit, onRemove }: { raw: Record<string, unknown>; index: number; topicId: string; facts: readonly DraftFact[]; issues: readonly DocumentIssue[]; edit: (change: (q: QuestionDraft) => void) => void; onRemove: () => void }) {
  const q = raw as QuestionDraft;
  const n = index + 1;
  const prefix = `questions.${index}`;
  const mine = issues.filter((i) => under(i.path, prefix));
  const at = (sub: string) => mine.filter((i) => under(i.path, `${prefix}.${sub}`)).map((i) => i.message);
  const exact = (sub: string) => mine.filter((i) => i.path === `${prefix}.${sub}`).map((i) => i.message);
  const shown = FIELDS[q.kind] ?? [];
  const rest = mine.filter((i) => !shown.some((field) => under(i.path, `${prefix}.${field}`))).map((i) => i.message);
  const label = QUESTION_KIND_LABELS[q.kind] ?? String(q.kind);
  const props = { n, prefix, facts, at, exact };
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 p-3 sm:p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">
        Question {n} ({label})
      </legend>
      {q.kind === "single" && <SingleFields q={q} {...props} edit={edit as KindProps<SingleDraft>["edit"]} />}
      {(q.kind === "multi-statement" || q.kind === "how-many") && <StatementsFields q={q} {...props} edit={edit as KindProps<StatementsDraft>["edit"]} />}
      {q.kind === "match-pairs" && <PairsFields q={q} {...props} edit={edit as KindProps<MatchPairsDraft>["edit"]} />}
      {q.kind === "statement-i-ii" && <AssertionFields q={q} {...props} edit={edit as KindProps<StatementPairDraft>["edit"]} />}
      {q.kind === "mains" && <MainsFields q={q} {...props} edit={edit as KindProps<MainsDraft>["edit"]} />}
      <IssueList messages={rest} />
      <h3 className="text-sm font-semibold">Preview: what a student sees</h3>
      <QuestionPreview question={raw} topicId={topicId} />
      <div>
        <Button type="button" variant="danger" onClick={onRemove}>
          Remove question {n}
        </Button>
      </div>
    </fieldset>
  );
}
