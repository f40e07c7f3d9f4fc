import type {
  CardFlagsDto,
  GradeResultDto,
  ReviewQueueDto,
  SessionSummaryDto,
  UndoResultDto,
} from "@/server/reviews/review-dto";
import { api } from "@/components/api-client";

export type { CardScheduleDto, IntervalLabelDto, QueueCardDto, ReviewQueueDto, SessionSummaryDto } from "@/server/reviews/review-dto";
import type { CardScheduleDto } from "@/server/reviews/review-dto";

/**
 * Which queue: null for today's, or the queue API's query string ("topic=…" for a topic session,
 * "custom=new&topic=…&limit=…&since=…" for a custom one).
 */
export type QueueQuery = string | null;

export const queueKey = (query: QueueQuery) => ["review-queue", query ?? "all"] as const;

export function fetchQueue(query: QueueQuery): Promise<ReviewQueueDto> {
  return api.get(`/api/reviews/queue${query ? `?${query}` : ""}`);
}

export interface GradeOp {
  reviewId: string;
  cardId: string;
  rating: 1 | 2 | 3 | 4;
  baseVersion: number;
  durationMs: number;
  /** For the screen only: which count the card came from, and its front. */
  kind: "review" | "learning" | "new";
  front: string;
  /** For the screen only: where the grade's preview says the card goes, if the card had a preview. */
  next: { state: "new" | "learning" | "review" | "relearning"; due: string } | null;
  /** When the student answered (ISO); the server schedules the answer at that time (note 013). */
  answeredAt?: string;
  /** For the screen only: the card's schedule after this answer, worked out on the device (offline). */
  schedule?: CardScheduleDto;
}

export function postGrade(op: GradeOp): Promise<GradeResultDto> {
  const { reviewId, cardId, rating, baseVersion, durationMs, answeredAt } = op;
  return api.post("/api/reviews", { reviewId, cardId, rating, baseVersion, durationMs, ...(answeredAt ? { answeredAt } : {}) });
}

export function postUndo(reviewId: string): Promise<UndoResultDto> {
  return api.post("/api/reviews/undo", { reviewId });
}

export function postFlags(input: { cardId: string; suspended?: boolean; flagged?: boolean }): Promise<CardFlagsDto> {
  return api.post("/api/reviews/flags", input);
}

export function fetchSummary(since: string): Promise<SessionSummaryDto> {
  return api.get(`/api/reviews/summary?since=${encodeURIComponent(since)}`);
}
