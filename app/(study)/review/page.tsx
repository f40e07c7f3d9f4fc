import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { ReviewSession } from "@/components/review/review-session";
import { queueKey } from "@/components/review/review-api";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ topic?: string | string[] }> }) {
  const { topic } = await searchParams;
  const topicId = typeof topic === "string" && topic.trim() !== "" ? topic.trim() : null;
  const user = await requirePageUser("student", topicId ? `/review?topic=${encodeURIComponent(topicId)}` : "/review");

  let queue;
  try {
    queue = await loadReviewQueue(await getDb(), user.id, { topicId: topicId ?? undefined }, new Date());
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    return (
      <div className="flex flex-col items-start gap-4">
        <h1 className="text-2xl font-bold">Review</h1>
        <p role="alert">{error.message} It may have been renamed or retired.</p>
        <TextLink href="/topics">
          Browse topics
        </TextLink>
      </div>
    );
  }
  // The client's query cache starts with exactly what the API would return.
  const client = new QueryClient();
  client.setQueryData(queueKey(topicId), queue);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{queue.topic ? `Study: ${queue.topic.title}` : "Review"}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {queue.topic
            ? "This topic's cards, including ones not due yet. Studying early is recorded as early, so the schedule stays right."
            : "Today's flashcards, scheduled so you see each one just before you would forget it."}
        </p>
      </div>
      <HydrationBoundary state={dehydrate(client)}>
        <ReviewSession topicId={topicId} />
      </HydrationBoundary>
    </div>
  );
}
