import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { ReviewSession } from "@/components/review/review-session";
import { queueKey } from "@/components/review/review-api";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { loadCustomQueue } from "@/server/reviews/load-custom-queue";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { parseQueueParams } from "@/server/reviews/review-inputs";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Review" };

type Search = Record<string, string | string[] | undefined>;
const QUEUE_PARAMS = ["custom", "limit", "since", "topic", "assignment", "topicSet"] as const;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const raw: Record<string, string> = {};
  for (const key of QUEUE_PARAMS) {
    const value = search[key];
    if (typeof value === "string" && value.trim() !== "") raw[key] = value.trim();
  }
  // The same query string the client refetches with, so the hydrated cache entry is the one it reads.
  const queueQuery = Object.keys(raw).length > 0 ? new URLSearchParams(raw).toString() : null;
  const user = await requirePageUser("student", queueQuery ? `/review?${queueQuery}` : "/review");

  let queue;
  try {
    const params = parseQueueParams(raw);
    const db = await getDb();
    queue = params.custom ? await loadCustomQueue(db, user.id, params.custom, new Date()) : await loadReviewQueue(db, user.id, { topicId: params.topicId }, new Date());
  } catch (error) {
    if (!isAppError(error) || (error.code !== "not_found" && error.code !== "invalid_input")) throw error;
    return (
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-2xl font-bold">Review</h1>
        <p role="alert">{error.message} {error.code === "not_found" ? "It may have been renamed or retired." : ""}</p>
        <TextLink href="/topics">
          Browse topics
        </TextLink>
      </div>
    );
  }
  // The client's query cache starts with exactly what the API would return.
  const client = new QueryClient();
  client.setQueryData(queueKey(queueQuery), queue);

  const title = queue.custom ? `Custom study: ${queue.custom.title}` : queue.topic ? `Study: ${queue.topic.title}` : "Review";
  const intro = queue.custom
    ? queue.custom.effect
    : queue.topic
      ? "This topic's cards, including ones not due yet. Studying early is recorded as early, so the schedule stays right."
      : "Today's flashcards, scheduled so you see each one just before you would forget it.";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="review-intro">
          {intro}
        </p>
      </div>
      <HydrationBoundary state={dehydrate(client)}>
        <ReviewSession queueQuery={queueQuery} userId={user.id} />
      </HydrationBoundary>
    </div>
  );
}
