import type {
  CardFlagsDto,
  GradeResultDto,
  ReviewQueueDto,
  SessionSummaryDto,
  UndoResultDto,
} from "@/server/reviews/review-dto";

export type { QueueCardDto, ReviewQueueDto, SessionSummaryDto } from "@/server/reviews/review-dto";

/** A failed API call; `retryable` when trying the same request again may succeed (network, 5xx). */
export class ReviewApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { "content-type": "application/json" }, cache: "no-store" });
  } catch {
    throw new ReviewApiError("The server could not be reached. Check your connection.", 0, true);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  const message =
    (body as { error?: { message?: string } } | null)?.error?.message ?? `The server answered ${res.status}. Try again.`;
  throw new ReviewApiError(message, res.status, res.status >= 500 || res.status === 429 || res.status === 408);
}

export const queueKey = (topicId: string | null) => ["review-queue", topicId ?? "all"] as const;

export function fetchQueue(topicId: string | null): Promise<ReviewQueueDto> {
  return send(`/api/reviews/queue${topicId ? `?topic=${encodeURIComponent(topicId)}` : ""}`);
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
}

export function postGrade(op: GradeOp): Promise<GradeResultDto> {
  const { reviewId, cardId, rating, baseVersion, durationMs } = op;
  return send("/api/reviews", { method: "POST", body: JSON.stringify({ reviewId, cardId, rating, baseVersion, durationMs }) });
}

export function postUndo(reviewId: string): Promise<UndoResultDto> {
  return send("/api/reviews/undo", { method: "POST", body: JSON.stringify({ reviewId }) });
}

export function postFlags(input: { cardId: string; suspended?: boolean; flagged?: boolean }): Promise<CardFlagsDto> {
  return send("/api/reviews/flags", { method: "POST", body: JSON.stringify(input) });
}

export function fetchSummary(since: string): Promise<SessionSummaryDto> {
  return send(`/api/reviews/summary?since=${encodeURIComponent(since)}`);
}
