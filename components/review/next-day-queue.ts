import type { ReviewQueueDto } from "./review-api";

/** How close to the end of the study day the screen starts keeping the next day's queue too. */
export const NEXT_DAY_WINDOW_MS = 4 * 60 * 60 * 1000;

/**
 * Where the device keeps the next day's queue: named after the moment that day starts (the end of the
 * day it was fetched on), so the screen finds it from the queue it already holds, and an old copy for
 * a day long gone is never mistaken for it.
 */
export const nextDayScope = (dayEndsAt: string) => `all@${dayEndsAt}`;

/** True when the daily queue's day ends within the window: time to keep tomorrow's queue as well. */
export function shouldKeepNextDay(queue: ReviewQueueDto, now: number): boolean {
  const left = Date.parse(queue.dayEndsAt) - now;
  return !queue.custom && queue.topic === null && left > 0 && left <= NEXT_DAY_WINDOW_MS;
}

/**
 * The queue to study from now. While the day of `today` lasts, that is `today`; once it is over (a
 * page opened offline after the day turned), the kept next-day queue if it covers now, else null.
 */
export function queueForNow(today: ReviewQueueDto, nextDay: ReviewQueueDto | null, now: number): ReviewQueueDto | null {
  if (now < Date.parse(today.dayEndsAt)) return today;
  if (nextDay && now < Date.parse(nextDay.dayEndsAt)) return nextDay;
  return null;
}
