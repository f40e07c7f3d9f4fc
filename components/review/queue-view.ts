import type { QueueCardDto, ReviewQueueDto } from "./review-api";

// Pure helpers over the cached queue, so the screen can move on before the server answers.

const countKey = { review: "due", learning: "learning", new: "new" } as const;

/** The queue without some cards, with their counts taken off. */
export function withoutCards(queue: ReviewQueueDto, cardIds: ReadonlySet<string>): ReviewQueueDto {
  if (!queue.items.some((i) => cardIds.has(i.cardId))) return queue;
  const counts = { ...queue.counts };
  for (const item of queue.items) if (cardIds.has(item.cardId)) counts[countKey[item.kind]] = Math.max(0, counts[countKey[item.kind]] - 1);
  return { ...queue, counts, items: queue.items.filter((i) => !cardIds.has(i.cardId)) };
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
