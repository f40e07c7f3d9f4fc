import { studyDayOf } from "@/lib/srs/study-day";
import type { CardStateName } from "@/lib/srs/card-state";

/** One answer from the review log, as the optimizer needs it. Undone answers are left out before this. */
export interface HistoryReview {
  cardId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's state before this answer: "new" marks a first answer (or the first after a reset). */
  state: CardStateName;
  reviewedAt: Date;
}

/** One answer inside a training item: its rating and the study days since the answer before it. */
export interface TrainingReview {
  rating: number;
  deltaT: number;
}

/**
 * A card's answers up to one of its answers (FSRS's "FSRSItem"): the optimizer predicts the last
 * answer's recall from the ones before it.
 */
export type TrainingItem = readonly TrainingReview[];

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * Turns a student's review log into FSRS training items, as fsrs-rs does for Anki's revlog:
 * - answers are grouped by card and ordered by time; the gap between answers is counted in the
 *   student's own study days (time zone and day-start hour), so a late-night session belongs to the
 *   evening before, and answers on one study day have deltaT 0 (FSRS-6's short-term memory);
 * - a card's history starts at its last answer given while it was new: a reset starts the card over,
 *   and a card whose first answer is missing (an incomplete import) is left out, since FSRS needs to
 *   know how it was first learnt;
 * - each card gives one item per answer given on a later study day than the answer before it,
 *   holding every answer up to that one.
 */
export function toTrainingItems(reviews: readonly HistoryReview[], clock: { timeZone: string; dayStartHour: number }): TrainingItem[] {
  const byCard = new Map<string, HistoryReview[]>();
  for (const review of reviews) {
    if (review.rating < 1 || review.rating > 4) continue;
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const items: TrainingItem[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    let first = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]?.state === "new") {
        first = i;
        break;
      }
    }
    if (first < 0) continue;
    const history = list.slice(first);
    const days = history.map((r) => dayNumber(studyDayOf(r.reviewedAt, clock.timeZone, clock.dayStartHour)));
    const sequence: TrainingReview[] = history.map((r, i) => ({ rating: r.rating, deltaT: i === 0 ? 0 : (days[i] ?? 0) - (days[i - 1] ?? 0) }));
    // Only answers given on a later study day than the one before are predicted (fsrs-rs refuses an
    // item ending on a same-day answer, and aborts the process on one with no day gap at all); same-day
    // answers still shape the memory state inside the items that follow them.
    for (let end = 2; end <= sequence.length; end++) {
      if ((sequence[end - 1]?.deltaT ?? 0) > 0) items.push(sequence.slice(0, end));
    }
  }
  return items;
}
