import "server-only";
import type { CardSchedule, Grade, QueueItemKind, StudySettings } from "@/lib/srs";

// JSON shapes the review API returns. Dates are ISO strings so the server page can hydrate the
// client's query cache with exactly what the API would have sent.

export interface IntervalLabelDto {
  rating: Grade;
  name: "Again" | "Hard" | "Good" | "Easy";
  label: string;
  /** Where this grade sends the card, so the screen can move it between the counts before the server answers. */
  state: "new" | "learning" | "review" | "relearning";
  due: string;
}

export interface QueueCardDto {
  cardId: string;
  /** Null for a personal card attached to no topic (its topicTitle is then "My cards"). */
  topicId: string | null;
  topicTitle: string;
  /** The student's own card: editable on /cards/mine. */
  personal: boolean;
  factIds: string[];
  kind: QueueItemKind;
  /** A learning card may not be shown before this instant. */
  availableAt: string | null;
  early: boolean;
  card: { kind: "basic" | "cloze"; front: string; back: string; hint: string | null };
  /** CardState.version the grade must name (0 for a card never answered). */
  version: number;
  flagged: boolean;
  /** What each grade would lead to; null beyond the first PREVIEW_WINDOW cards (a later fetch fills them in). */
  intervals: IntervalLabelDto[] | null;
  /** The stored schedule a grade starts from (null for a card never answered), so the device can schedule offline. */
  schedule: CardScheduleDto | null;
}

/** lib/srs's CardSchedule with ISO dates, as it travels in JSON. */
export type CardScheduleDto = Omit<CardSchedule, "due" | "lastReview"> & { due: string; lastReview: string | null };

export interface ReviewQueueDto {
  generatedAt: string;
  /** When the current study day ends (the student's day-start hour, in their time zone). */
  dayEndsAt: string;
  topic: { id: string; title: string } | null;
  /** Set for a custom study session: its mode, what it draws from, and how it affects the schedule. */
  custom?: { mode: "new" | "ahead" | "forgot"; title: string; effect: string; limit: number };
  counts: { new: number; learning: number; due: number };
  items: QueueCardDto[];
  /** Only when the queue is empty: when the next card becomes due, or null if nothing is scheduled. */
  nextDueAt: string | null;
  /**
   * What the server schedules with (the student's settings, fuzz on or off), so answers given offline
   * are scheduled on the device by the same lib/srs code with exactly the same inputs.
   */
  scheduling: { settings: StudySettings; fuzz: boolean };
}

export interface GradeResultDto {
  reviewId: string;
  cardId: string;
  rating: Grade;
  /** The card's version after this answer: name it to grade or undo again. */
  version: number;
  state: "new" | "learning" | "review" | "relearning";
  due: string;
  interval: string;
  reviewedAt: string;
  /**
   * Set when the card had been answered on another device since this answer's version (note 013):
   * "applied-later" — this answer was later, so it counts, on top of the other; "superseded" — the
   * other was later, so this one is only kept in the log and version/state/due are the card's as it is.
   */
  conflict?: "applied-later" | "superseded";
}

export interface UndoResultDto {
  reviewId: string;
  cardId: string;
  version: number;
  undoneAt: string;
}

export interface CardFlagsDto {
  cardId: string;
  suspended: boolean;
  flagged: boolean;
}

export interface SessionSummaryDto {
  reviewed: number;
  /** Share of answers not graded Again, 0..1; null when nothing was reviewed. */
  accuracy: number | null;
  timeSpentMs: number;
  /** Cards due by the end of the next study day. */
  dueTomorrow: number;
}
