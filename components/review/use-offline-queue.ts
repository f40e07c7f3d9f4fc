"use client";
import { useEffect, useRef } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { queueKey, type QueueQuery, type ReviewQueueDto } from "./review-api";

const offlineDb = () => import("@/components/offline/offline-db");

/**
 * Keeps the device's copy of this queue (IndexedDB) in step with the server's, and starts from that
 * copy when it is newer than what the page came with: a page served offline from the service
 * worker's cache holds the queue as it was when the page was cached, while the copy was saved after
 * the last fetch. Answers not yet sent are applied on top by the screen, as online.
 */
export function useOfflineQueue(client: QueryClient, queueQuery: QueueQuery, userId: string, data: ReviewQueueDto | undefined) {
  const scope = queueQuery ?? "all";
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    void offlineDb()
      .then((db) => db.readQueue(userId, scope))
      .then((stored) => {
        const key = queueKey(queueQuery);
        const current = client.getQueryData<ReviewQueueDto>(key);
        if (stored && (!current || Date.parse(stored.generatedAt) > Date.parse(current.generatedAt))) client.setQueryData(key, stored);
      })
      .catch(() => undefined);
  }, [client, queueQuery, scope, userId]);

  useEffect(() => {
    if (!data) return;
    void offlineDb()
      .then((db) => db.saveQueue(userId, scope, data))
      .catch(() => undefined);
  }, [data, scope, userId]);
}
