import type { StudioDocument } from "./document";

type Keyed = { id: string };

/** JSON with sorted keys: the database's jsonb reorders keys, which is not a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

function diffList<T extends Keyed>(label: string, before: readonly T[], after: readonly T[]): string[] {
  const old = new Map(before.map((x) => [x.id, canonical(x)]));
  const now = new Map(after.map((x) => [x.id, canonical(x)]));
  const added = [...now.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const edited = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
  return [
    ...(added.length ? [`added ${label} ${added.join(", ")}`] : []),
    ...(edited.length ? [`edited ${label} ${edited.join(", ")}`] : []),
    ...(removed.length ? [`removed ${label} ${removed.join(", ")}`] : []),
  ];
}

/** What changed between two versions of a topic, in a line a person reads in the history. */
export function describeChanges(before: StudioDocument | null, after: StudioDocument): string {
  if (before === null) return "created the topic";
  const topicFields = (Object.keys(after.topic) as (keyof StudioDocument["topic"])[]).filter(
    (k) => canonical(before.topic[k]) !== canonical(after.topic[k]),
  );
  const questionIds = (d: StudioDocument) => d.questions.map((q, i) => ({ ...q, id: typeof q.id === "string" ? q.id : `question ${i + 1}` }));
  const parts = [
    ...(topicFields.length ? [`edited ${topicFields.join(", ")}`] : []),
    ...diffList("fact", before.facts, after.facts),
    ...diffList("card", before.flashcards, after.flashcards),
    ...diffList("question", questionIds(before), questionIds(after)),
  ];
  return parts.length ? parts.join("; ") : "no changes";
}
