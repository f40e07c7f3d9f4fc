import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import type { ReviewQueueDto } from "./review-api";
import { ReviewCounts } from "./review-counts";

function when(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}

/** Before a session: what is waiting, and the button to start; or, with nothing due, when to come back. */
export function ReviewOverview({ queue, onStart }: { queue: ReviewQueueDto; onStart: () => void }) {
  const total = queue.counts.new + queue.counts.learning + queue.counts.due;
  // Beyond today's limits: more new cards, reviews ahead, or today's forgotten cards.
  const customHref = queue.topic ? `/review/custom?topic=${encodeURIComponent(queue.topic.id)}` : "/review/custom";
  const customLink = queue.custom ? null : (
    <Link href={customHref} className={buttonClass("secondary")}>
      Custom study
    </Link>
  );
  if (queue.items.length === 0) {
    return (
      <section aria-labelledby="empty-title" className="flex flex-col items-start gap-4 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-700 dark:bg-slate-900">
        <h2 id="empty-title" className="text-xl font-bold">
          Nothing to review right now
        </h2>
        <p>
          {queue.nextDueAt ? (
            <>
              Your next card is due{" "}
              <time dateTime={queue.nextDueAt} suppressHydrationWarning className="font-semibold">
                {when(queue.nextDueAt)}
              </time>
              .
            </>
          ) : queue.custom ? (
            "This custom session has no cards left. Choose another one, or come back to your daily review."
          ) : (
            "You have no cards scheduled. New cards from the topics arrive each day, up to the number set in your review settings."
          )}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/topics" className={buttonClass("primary")}>
            Browse topics
          </Link>
          {customLink}
          <Link href="/settings" className={buttonClass("secondary")}>
            Review settings
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="overview-title" className="flex flex-col items-start gap-5 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="overview-title" className="text-xl font-bold">
        {total} {total === 1 ? "card" : "cards"} waiting
      </h2>
      <ReviewCounts counts={queue.counts} />
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Cards you are most likely to forget come first, then learning steps, then new cards.
        <span className="pointer-coarse:hidden"> Keys: Space shows the answer, 1–4 grade it, Z undoes.</span>
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onStart} className="min-h-12 px-6 text-base">
          Start review
        </Button>
        {customLink}
        <Link href="/settings" className={buttonClass("secondary")}>
          Review settings
        </Link>
      </div>
    </section>
  );
}
