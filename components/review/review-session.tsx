"use client";
import { useEffect, useRef, useState } from "react";
import { OfflineBanner } from "@/components/offline/offline-banner";
import { Button } from "@/components/ui/button";
import { SectionLoading } from "@/components/ui/section-states";
import { CardActions } from "./card-actions";
import { GradeButtons } from "./grade-buttons";
import { ReviewCard } from "./review-card";
import { ReviewCounts } from "./review-counts";
import { ReviewOverview } from "./review-overview";
import { SaveStatus } from "./save-status";
import { SessionSummary } from "./session-summary";
import { announce } from "./announce";
import { useReviewKeys } from "./use-review-keys";
import { useReviewSession } from "./use-review-session";
import type { QueueQuery } from "./review-api";

/** The review page's interactive part: overview, the session itself, and its summary. */
export function ReviewSession({ queueQuery, userId }: { queueQuery: QueueQuery; userId: string }) {
  const s = useReviewSession(queueQuery, userId);
  const { queue, current, revealed, mutations, next } = s;
  const frontRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const [suspended, setSuspended] = useState<string | null>(null);
  const phase = !s.restored || !queue ? "loading" : (s.session?.phase ?? "overview");
  const studying = phase === "studying";
  const canUndo = studying && (s.session?.undo.length ?? 0) > 0;
  const start = () => queue && s.start(queue.generatedAt);

  // Focus follows the work: the answer once shown, the new card after a grade.
  useEffect(() => {
    if (studying && revealed) answerRef.current?.focus();
  }, [studying, revealed]);
  useEffect(() => {
    if (studying && current) frontRef.current?.focus();
  }, [studying, current?.cardId]); // eslint-disable-line react-hooks/exhaustive-deps

  const finished = studying && next?.kind === "done" && mutations.pending.length === 0;
  const { finish } = s;
  useEffect(() => {
    if (finished) finish();
  }, [finished, finish]);

  useReviewKeys({
    onPrimary: phase === "overview" && queue && queue.items.length > 0 ? start : studying && current && !revealed ? s.reveal : undefined,
    onGrade: studying && current && revealed ? (rating) => s.grade(current, rating) : undefined,
    onUndo: canUndo ? s.undoLast : undefined,
  }, screenRef);
  // A clicked control hands focus back to the card, so the next key is a review key again.
  const backToCard = () => (revealed ? answerRef : frontRef).current?.focus();

  if (s.query.isError && !queue) {
    return (
      <div role="alert" className="flex flex-col items-start gap-3 rounded-xl border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950">
        <p>Your review queue could not load: {s.query.error.message}</p>
        <Button onClick={() => void s.query.refetch()}>Try again</Button>
      </div>
    );
  }
  if (phase === "loading" || !queue) return <SectionLoading label="Loading your review queue…" />;

  return (
    <div ref={screenRef} className="flex flex-col gap-5">
      <p aria-live="polite" className="sr-only">
        {studying ? announce(current, revealed) : ""}
      </p>
      <OfflineBanner waiting={mutations.pending.length} />
      <SaveStatus
        retrying={mutations.retrying}
        failedCount={mutations.failed.length}
        onRetry={mutations.retryFailed}
        notice={mutations.notice}
        onDismiss={mutations.clearNotice}
      />
      {phase === "overview" && <ReviewOverview queue={queue} onStart={start} />}
      {phase === "summary" && s.session && (
        <SessionSummary
          since={s.session.startedAt}
          ready={mutations.pending.length === 0}
          moreLeft={queue.items.length > 0}
          onContinue={start}
          onClose={s.close}
        />
      )}
      {studying && (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <ReviewCounts counts={queue.counts} />
            <Button variant="secondary" onClick={s.finish}>
              End session
            </Button>
          </div>
          {current ? (
            <>
              <ReviewCard item={current} revealed={revealed} frontRef={frontRef} answerRef={answerRef} />
              {revealed ? (
                <GradeButtons intervals={current.intervals} onGrade={(rating) => s.grade(current, rating)} />
              ) : (
                <Button onClick={s.reveal} className="min-h-14 w-full text-lg" aria-keyshortcuts="Space Enter">
                  Show answer
                </Button>
              )}
            </>
          ) : next?.kind === "wait" ? (
            <p role="status" className="rounded-xl bg-white p-6 dark:bg-slate-900">
              The next learning card comes back at{" "}
              <time dateTime={new Date(next.until).toISOString()}>
                {new Date(next.until).toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit" })}
              </time>
              . Stay on this page and it appears by itself, or end the session.
            </p>
          ) : (
            <SectionLoading label="Saving your answers…" />
          )}
          {suspended && (
            <p role="status" className="flex flex-wrap items-center gap-2 text-sm">
              Card suspended: it will not come back until you unsuspend it.
              <Button
                variant="secondary"
                onClick={() => {
                  mutations.suspend(suspended, false);
                  setSuspended(null);
                  backToCard();
                }}
              >
                Unsuspend
              </Button>
            </p>
          )}
          <CardActions
            item={current}
            canUndo={canUndo && !mutations.undoing}
            onUndo={() => {
              s.undoLast();
              backToCard();
            }}
            onFlag={(flagged) => {
              if (!current) return;
              mutations.setFlag(current.cardId, flagged);
              backToCard();
            }}
            onSuspend={() => {
              if (!current) return;
              setSuspended(current.cardId);
              mutations.suspend(current.cardId, true);
              backToCard();
            }}
          />
        </>
      )}
    </div>
  );
}
