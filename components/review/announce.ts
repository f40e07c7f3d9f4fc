import type { QueueCardDto } from "./review-api";

const spoken = { new: "New card", learning: "Learning card", review: "Review card" } as const;

/** What the live region reads out: the new card's front, then its answer once shown. */
export function announce(item: QueueCardDto | null, revealed: boolean): string {
  if (!item) return "";
  if (revealed) return `Answer: ${item.card.back}`;
  return `${spoken[item.kind]}: ${item.card.front.replace(/\{\{c1::.*?\}\}/g, "blank")}`;
}
