import { newCardSchedule, scheduleReview, type CardSchedule, type Grade, type ReviewLogEntry, type Scheduler } from "@/lib/srs";

export interface ImportedAnswer {
  rating: Grade;
  reviewedAt: Date;
  durationMs: number;
}

export interface ReplayedAnswer {
  before: CardSchedule;
  next: CardSchedule;
  log: ReviewLogEntry;
  durationMs: number;
}

/**
 * Replays a card's answers from another app through our scheduler, oldest first, from a new card. Each
 * answer gets the exact before/after schedules our own grades store (so statistics, the optimizer and
 * undo treat it like any other), and the last `next` is where the history leaves the card.
 */
export function replayHistory(answers: readonly ImportedAnswer[], scheduler: Scheduler): ReplayedAnswer[] {
  const sorted = [...answers].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const first = sorted[0];
  if (!first) return [];
  let schedule = newCardSchedule(first.reviewedAt);
  return sorted.map((answer) => {
    const { next, log } = scheduleReview(schedule, answer.rating, answer.reviewedAt, scheduler);
    const replayed = { before: schedule, next, log, durationMs: answer.durationMs };
    schedule = next;
    return replayed;
  });
}

/**
 * The schedule an imported card starts with. The other app's own due date and memory state win where it
 * has them (the student keeps their schedule); the replay fills in what it lacks (last review, counts).
 */
export function importedSchedule(fromApp: CardSchedule | null, replayed: readonly ReplayedAnswer[]): CardSchedule | null {
  // No schedule from the app means a new card there (never studied, or reset): it stays new here.
  const last = replayed.at(-1)?.next ?? null;
  if (!fromApp || !last) return fromApp;
  return { ...last, state: fromApp.state, due: fromApp.due, stability: fromApp.stability, difficulty: fromApp.difficulty, scheduledDays: fromApp.scheduledDays, reps: Math.max(last.reps, fromApp.reps), lapses: Math.max(last.lapses, fromApp.lapses) };
}
