import "server-only";
import {
  CUSTOM_STUDY_EFFECT,
  newCardSchedule,
  nextStudyDayStart,
  siblingBurial,
  studyDayOf,
  studyDayStart,
  type CustomStudyParams,
  type QueueItem,
} from "@/lib/srs";
import type { Db } from "@/server/db";
import { getStudySettings } from "@/server/queries/review-settings";
import { findStudiedToday } from "@/server/queries/review-queue";
import { findQueueCards } from "@/server/queries/review-queue-cards";
import {
  countAheadSince,
  countNewSince,
  findCardsAhead,
  findForgottenToday,
  findUnseenCards,
  resolveStudyScope,
  type StudyScope,
} from "@/server/queries/review-custom";
import { queueSchedule } from "./card-state-mapper";
import { PREVIEW_WINDOW, previewAt, schedulingOf, toDto } from "./load-queue";
import type { QueueCardDto, ReviewQueueDto } from "./review-dto";
import { schedulerFor } from "./scheduler-for";

/**
 * A custom study session (as Anki's): new cards beyond today's limit, reviews ahead of their due
 * date, or the cards forgotten today, for a topic, an assignment or a topic set. `since` (when the
 * session began) makes the size hold across refetches: cards already studied in the session count
 * against `limit`. Grades go through the ordinary grade path with the real time, so FSRS treats an
 * early review as early; nothing here changes a schedule.
 */
export async function loadCustomQueue(
  db: Db,
  userId: string,
  options: { scope: StudyScope | null; params: CustomStudyParams; fuzz?: boolean },
  now: Date,
): Promise<ReviewQueueDto> {
  const { scope, params } = options;
  const [settings, resolved] = await Promise.all([getStudySettings(db, userId), scope ? resolveStudyScope(db, userId, scope) : null]);
  const dayStart = studyDayStart(studyDayOf(now, settings.timeZone, settings.dayStartHour), settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);
  const since = new Date(params.since);
  const topicIds = resolved?.topicIds ?? null;

  let items: QueueItem[] = [];
  if (params.custom === "forgot") {
    const rows = await findForgottenToday(db, userId, topicIds, dayStart, params.limit);
    items = rows.map((r) => item(r.cardId, r.topicId, r.state === "learning" || r.state === "relearning" ? "learning" : "review", false));
  } else if (topicIds !== null) {
    if (params.custom === "new") {
      const left = Math.max(0, params.limit - (await countNewSince(db, userId, topicIds, since)));
      const [rows, studiedToday] = await Promise.all([
        left > 0 ? findUnseenCards(db, userId, topicIds, left * (settings.burySiblings ? 3 : 1)) : [],
        settings.burySiblings ? findStudiedToday(db, userId, dayStart) : [],
      ]);
      const kept = settings.burySiblings ? siblingBurial({ studiedToday }).take(rows, left) : rows.slice(0, left);
      items = kept.map((r) => item(r.cardId, r.topicId, "new", false));
    } else {
      const left = Math.max(0, params.limit - (await countAheadSince(db, userId, topicIds, since, dayEnd)));
      const rows = left > 0 ? await findCardsAhead(db, userId, topicIds, dayEnd, left) : [];
      items = rows.map((r) => item(r.cardId, r.topicId, "review", true));
    }
  }

  const cards = new Map((await findQueueCards(db, userId, items.map((i) => i.cardId))).map((c) => [c.id, c]));
  const scheduler = schedulerFor(settings, options.fuzz);
  const dtos = items.flatMap((entry, index): QueueCardDto[] => {
    const card = cards.get(entry.cardId);
    if (!card) return [];
    const schedule = card.state ? queueSchedule(card.state, now) : newCardSchedule(now);
    return [toDto(entry, card, index < PREVIEW_WINDOW ? previewAt(entry, schedule, now, scheduler) : null)];
  });
  const count = (kind: QueueItem["kind"]) => dtos.filter((d) => d.kind === kind).length;
  return {
    generatedAt: now.toISOString(),
    dayEndsAt: dayEnd.toISOString(),
    topic: null,
    custom: { mode: params.custom, title: resolved?.title ?? "all topics", effect: CUSTOM_STUDY_EFFECT[params.custom].effect, limit: params.limit },
    counts: { new: count("new"), learning: count("learning"), due: count("review") },
    items: dtos,
    nextDueAt: null,
    scheduling: schedulingOf(settings, options.fuzz),
  };
}

// Shown now, whatever its due time: the student asked for exactly these cards.
function item(cardId: string, topicId: string | null, kind: QueueItem["kind"], early: boolean): QueueItem {
  return { cardId, topicId, kind, availableAt: null, early, retrievability: null };
}
