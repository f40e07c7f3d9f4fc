import { CARD_SIDE_MAX } from "./limits";

/** One card read from a file, before it is checked against the rules and the student's cards. */
export interface CandidateCard {
  /** Where a person finds it: the CSV line, or the Anki note's number in the file. */
  row: number;
  kind: "basic" | "cloze";
  front: string;
  back: string;
  /** Normalised (lib/personal-cards/tags); the personal-card rules check their count and length. */
  tags: string[];
  /** The source fields refer to images or sound, which are not imported. */
  media?: boolean;
  /** Idempotency key: the same card imported again maps to the same key. */
  key: string;
}

export type RowStatus = "new" | "exists" | "error";

export interface PlannedRow<C extends CandidateCard = CandidateCard> {
  card: C;
  status: RowStatus;
  /** Why the row is refused; only for status "error". */
  error?: string;
}

export interface ImportSummary {
  create: number;
  existing: number;
  errors: number;
}

/**
 * Checks every card: empty sides, sides over the length limit, a second copy of a card earlier in the
 * file (an error, naming the first row), and a card the student already has (skipped, not an error,
 * so importing the same file twice creates nothing and complains about nothing).
 */
export function planImport<C extends CandidateCard>(cards: readonly C[], existingKeys: ReadonlySet<string>): PlannedRow<C>[] {
  const firstRow = new Map<string, number>();
  return cards.map((card) => {
    const error = sideError(card);
    if (error) return { card, status: "error", error };
    const earlier = firstRow.get(card.key);
    if (earlier !== undefined) return { card, status: "error", error: `duplicate of row ${earlier}` };
    firstRow.set(card.key, card.row);
    if (existingKeys.has(card.key)) return { card, status: "exists" };
    return { card, status: "new" };
  });
}

function sideError(card: CandidateCard): string | null {
  const front = card.front.trim();
  const back = card.back.trim();
  // A side that was only a picture or a sound is empty once media is left out: say why.
  const only = card.media ? " (it held only media, which is not imported)" : "";
  if (front === "" && back === "") return `both sides are empty${only}`;
  if (front === "") return `the front is empty${only}`;
  if (back === "") return `the back is empty${only}`;
  if (front.length > CARD_SIDE_MAX) return `the front is ${front.length.toLocaleString("en-IN")} characters; the limit is ${CARD_SIDE_MAX.toLocaleString("en-IN")}`;
  if (back.length > CARD_SIDE_MAX) return `the back is ${back.length.toLocaleString("en-IN")} characters; the limit is ${CARD_SIDE_MAX.toLocaleString("en-IN")}`;
  if (card.kind === "cloze" && !/\{\{c1::[^{}]*\S[^{}]*\}\}/.test(front)) return "the cloze deletion is empty";
  return null;
}

export function summarize(rows: readonly PlannedRow[]): ImportSummary {
  const summary: ImportSummary = { create: 0, existing: 0, errors: 0 };
  for (const row of rows) {
    if (row.status === "new") summary.create += 1;
    else if (row.status === "exists") summary.existing += 1;
    else summary.errors += 1;
  }
  return summary;
}
