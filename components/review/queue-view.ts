import type { CardScheduleDto, GradeOp, QueueCardDto, ReviewQueueDto } from "./review-api";

// Pure helpers over the cached queue, so the screen can move on before the server answers.

const countKey = { review: "due", learning: "learning", new: "new" } as const;

/** The queue without some cards, with their counts taken off. */
export function withoutCards(queue: ReviewQueueDto, cardIds: ReadonlySet<string>): ReviewQueueDto {
  if (!queue.items.some((i) => cardIds.has(i.cardId))) return queue;
  const counts = { ...queue.counts };
  for (const item of queue.items) if (cardIds.has(item.cardId)) counts[countKey[item.kind]] = Math.max(0, counts[countKey[item.kind]] - 1);
  return { ...queue, counts, items: queue.items.filter((i) => !cardIds.has(i.cardId)) };
}

/** What a grade did to a card: its next state and due time, and the version the server gives it. */
export interface GradeOutcome {
  state: "new" | "learning" | "review" | "relearning";
  due: string;
  version: number;
  /** The full schedule, when the device worked it out (offline scheduling); else a fetch brings it. */
  schedule?: CardScheduleDto;
}

/**
 * The queue as it is once these answers are applied, in order. An answer applies only to the card at
 * the version it was given against, so an answer the server data already reflects is not applied twice.
 * A card whose next step falls before the day ends moves to Learning (or Due) instead of leaving, as
 * the server's next queue will have it, so New + Learning + Due never dips while answers are in flight.
 * An answer without a known outcome just takes the card off.
 */
export function withGrades(queue: ReviewQueueDto, grades: readonly { op: GradeOp; outcome: GradeOutcome | null }[]): ReviewQueueDto {
  let items = queue.items;
  const counts = { ...queue.counts };
  const dayEnd = Date.parse(queue.dayEndsAt);
  for (const { op, outcome } of grades) {
    const item = items.find((i) => i.cardId === op.cardId && i.version === op.baseVersion);
    if (!item) continue;
    items = items.filter((i) => i !== item);
    counts[countKey[item.kind]] = Math.max(0, counts[countKey[item.kind]] - 1);
    if (!outcome || Date.parse(outcome.due) >= dayEnd || outcome.state === "new") continue;
    const kind = outcome.state === "review" ? "review" : "learning";
    const moved: QueueCardDto = {
      ...item,
      kind,
      availableAt: kind === "learning" ? outcome.due : null,
      early: false,
      version: outcome.version,
      // Intervals from the old state would be wrong: the device works them out from the new schedule,
      // or the screen fetches them if the card comes up first.
      intervals: null,
      schedule: outcome.schedule ?? null,
    };
    counts[countKey[kind]] += 1;
    items = insertByKind(items, moved);
  }
  return { ...queue, counts, items };
}

// Server order: reviews, then learning cards by due time, then new cards.
function insertByKind(items: readonly QueueCardDto[], moved: QueueCardDto): QueueCardDto[] {
  const rank = { review: 0, learning: 1, new: 2 } as const;
  const at = (i: QueueCardDto) => (i.availableAt ? Date.parse(i.availableAt) : 0);
  const index = items.findIndex(
    (i) => rank[i.kind] > rank[moved.kind] || (i.kind === moved.kind && moved.kind === "learning" && at(i) > at(moved)),
  );
  return index === -1 ? [...items, moved] : [...items.slice(0, index), moved, ...items.slice(index)];
}

/** The outcome the answer will have, from the interval preview the server sent with the card. */
export function expectedOutcome(op: GradeOp): GradeOutcome | null {
  return op.next ? { ...op.next, version: op.baseVersion + 1, ...(op.schedule ? { schedule: op.schedule } : {}) } : null;
}

export function withFlag(queue: ReviewQueueDto, cardId: string, flagged: boolean): ReviewQueueDto {
  return { ...queue, items: queue.items.map((i) => (i.cardId === cardId ? { ...i, flagged } : i)) };
}

export type NextCard = { kind: "card"; item: QueueCardDto } | { kind: "wait"; until: number } | { kind: "done" };

/** The card to show: a pinned one (just undone) if present, else the first available in queue order. */
export function pickNext(items: readonly QueueCardDto[], now: number, pinned: string | null): NextCard {
  const pin = pinned === null ? undefined : items.find((i) => i.cardId === pinned);
  if (pin) return { kind: "card", item: pin };
  const ready = items.find((i) => i.availableAt === null || Date.parse(i.availableAt) <= now);
  if (ready) return { kind: "card", item: ready };
  const waits = items.flatMap((i) => (i.availableAt ? [Date.parse(i.availableAt)] : []));
  return waits.length > 0 ? { kind: "wait", until: Math.min(...waits) } : { kind: "done" };
}

/** A UUID for each answer; crypto.randomUUID only exists on secure origins, so fall back to random bytes. */
export function newReviewId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
