"use client";
import { useEffect, useRef } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { nextDayScope, queueForNow, shouldKeepNextDay } from "./next-day-queue";
import { fetchQueue, queueKey, type QueueQuery, type ReviewQueueDto } from "./review-api";

const offlineDb = () => import("@/components/offline/offline-db");

/**
 * Keeps the device's copy of this queue (IndexedDB) in step with the server's, and starts from that
 * copy when it is newer than what the page came with: a page served offline from the service
 * worker's cache holds the queue as it was when the page was cached, while the copy was saved after
 * the last fetch. Answers not yet sent are applied on top by the screen, as online.
 *
 * Near the end of the study day the daily queue also keeps the next day's queue, so a student who
 * opens the app offline after the day has turned (on the morning bus) finds that day's cards.
 */
export function useOfflineQueue(client: QueryClient, queueQuery: QueueQuery, userId: string, data: ReviewQueueDto | undefined) {
  const scope = queueQuery ?? "all";
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    void (async () => {
      const db = await offlineDb();
      const stored = await db.readQueue(userId, scope);
      const key = queueKey(queueQuery);
      const current = client.getQueryData<ReviewQueueDto>(key);
      let best = stored && (!current || Date.parse(stored.generatedAt) > Date.parse(current.generatedAt)) ? stored : current;
      if (best && queueQuery === null && Date.now() >= Date.parse(best.dayEndsAt)) {
        best = queueForNow(best, await db.readQueue(userId, nextDayScope(best.dayEndsAt)), Date.now()) ?? best;
      }
      if (best && best !== current) client.setQueryData(key, best);
    })().catch(() => undefined);
  }, [client, queueQuery, scope, userId]);

  const keptNextDayAt = useRef(0);
  useEffect(() => {
    if (!data) return;
    void offlineDb()
      .then((db) => db.saveQueue(userId, scope, data))
      .catch(() => undefined);
    // Fetched again at most every few minutes, so answers given since are mostly in the copy too.
    const now = Date.now();
    if (!shouldKeepNextDay(data, now) || !navigator.onLine || now - keptNextDayAt.current < NEXT_DAY_REFRESH_MS) return;
    keptNextDayAt.current = now;
    void Promise.all([offlineDb(), fetchQueue("day=next")])
      .then(([db, nextDay]) => db.keepNextDayQueue(userId, nextDayScope(data.dayEndsAt), nextDay))
      .catch(() => undefined);
  }, [data, scope, userId]);
}

const NEXT_DAY_REFRESH_MS = 5 * 60 * 1000;
