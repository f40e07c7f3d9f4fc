// Module by module, not the @/lib/srs index: the index also carries the zod schemas the server parses with.
import { newCardSchedule, type CardSchedule } from "@/lib/srs/card-state";
import type { Grade } from "@/lib/srs/grades";
import { createScheduler, previewIntervals, scheduleReview, type Scheduler } from "@/lib/srs/schedule-review";
import type { CardScheduleDto, IntervalLabelDto, QueueCardDto, ReviewQueueDto } from "./review-api";

// Scheduling on the device, for answers given offline: the same lib/srs code the server runs, with the
// settings and fuzz the queue payload carries. Loaded on demand (dynamic import) so ts-fsrs is not
// part of the review page's first load. The server still recomputes every answer from its stored state.

type Scheduling = ReviewQueueDto["scheduling"];

const schedulers = new Map<string, Scheduler>();
function schedulerFor(scheduling: Scheduling): Scheduler {
  const key = JSON.stringify(scheduling);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = createScheduler(scheduling.settings, { fuzz: scheduling.fuzz });
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

const fromDto = (s: CardScheduleDto): CardSchedule => ({ ...s, due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null });
const toDto = (s: CardSchedule): CardScheduleDto => ({ ...s, due: s.due.toISOString(), lastReview: s.lastReview?.toISOString() ?? null });

/** Whether the device knows the card's schedule: it came with the queue, or the card was never answered. */
export const canSchedule = (item: QueueCardDto) => item.schedule !== null || item.version === 0;

// As gradeCard: a card never answered starts as new at the moment of the answer.
const startOf = (item: QueueCardDto, at: Date) => (item.schedule ? fromDto(item.schedule) : newCardSchedule(at));

// As the server's previewAt: a learning card is previewed when it becomes available.
function previewTime(item: QueueCardDto, now: Date): Date {
  const available = item.availableAt ? Date.parse(item.availableAt) : 0;
  return available > now.getTime() ? new Date(available) : now;
}

/** The four grade buttons' outcomes, as the server would have sent them. */
export function localIntervals(item: QueueCardDto, scheduling: Scheduling, now: Date): IntervalLabelDto[] {
  const at = previewTime(item, now);
  return previewIntervals(startOf(item, at), at, schedulerFor(scheduling)).map(({ rating, name, label, state, due }) => ({
    rating,
    name,
    label,
    state,
    due: due.toISOString(),
  }));
}

/** The card's schedule after this answer, given at `at`. */
export function localAnswer(item: QueueCardDto, scheduling: Scheduling, rating: Grade, at: Date): CardScheduleDto {
  const before = startOf(item, at);
  // A clock that stepped back must not make the answer older than the card's last one.
  const when = before.lastReview && before.lastReview > at ? before.lastReview : at;
  return toDto(scheduleReview(before, rating, when, schedulerFor(scheduling)).next);
}
