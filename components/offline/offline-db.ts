import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { GradeOp, ReviewQueueDto } from "@/components/review/review-api";
import { OFFLINE_DB_NAME } from "./forget-device";

// The device's own copy of what a student needs offline: the review queues last fetched (with the
// cards' content and schedules) and the answers not yet on the server. IndexedDB, not sessionStorage,
// so a tab closed offline and reopened days later still has both. Loaded on demand (dynamic import),
// so pages that never touch it do not carry idb.


export interface OutboxEntry {
  /** Whose answer it is: an answer is only ever sent by the student who gave it. */
  userId: string;
  /** Order of answering; the outbox is sent in this order. */
  seq: number;
  op: GradeOp;
}

export interface StoredQueue {
  /** userId + the queue's scope ("all", or a topic/custom query string). */
  key: string;
  userId: string;
  queue: ReviewQueueDto;
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry & { reviewId: string }; indexes: { bySeq: number } };
  queues: { key: string; value: StoredQueue };
}

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>(OFFLINE_DB_NAME, 1, {
    upgrade(database) {
      const outbox = database.createObjectStore("outbox", { keyPath: "reviewId" });
      outbox.createIndex("bySeq", "seq");
      database.createObjectStore("queues", { keyPath: "key" });
    },
    // Another tab deletes the database on sign-out: let it, and open afresh next time.
    blocking() {
      void opened?.then((d) => d.close());
      opened = null;
    },
  });
  return opened;
}

let lastSeq = 0;
// Date-based so it keeps increasing across page loads; the counter breaks ties within a millisecond.
const nextSeq = () => (lastSeq = Math.max(Date.now(), lastSeq + 1));

/** The student's unsent answers, oldest first. */
export async function readOutbox(userId: string): Promise<GradeOp[]> {
  const entries = await (await db()).getAllFromIndex("outbox", "bySeq");
  return entries.filter((e) => e.userId === userId).map((e) => e.op);
}

export async function addToOutbox(userId: string, op: GradeOp): Promise<void> {
  await (await db()).put("outbox", { reviewId: op.reviewId, userId, seq: nextSeq(), op });
}

export async function removeFromOutbox(reviewId: string): Promise<void> {
  await (await db()).delete("outbox", reviewId);
}

const queueKey = (userId: string, scope: string) => `${userId}:${scope}`;

/** Keeps the newer of the stored queue and this one (a page served from cache brings an older one). */
export async function saveQueue(userId: string, scope: string, queue: ReviewQueueDto): Promise<void> {
  const tx = (await db()).transaction("queues", "readwrite");
  const key = queueKey(userId, scope);
  const stored = await tx.store.get(key);
  if (!stored || Date.parse(stored.queue.generatedAt) <= Date.parse(queue.generatedAt)) await tx.store.put({ key, userId, queue });
  await tx.done;
}

export async function readQueue(userId: string, scope: string): Promise<ReviewQueueDto | null> {
  return (await (await db()).get("queues", queueKey(userId, scope)))?.queue ?? null;
}


/**
 * Keeps the next study day's daily queue (components/review/next-day-queue.ts) and drops the copies
 * kept for earlier days, which can never apply again.
 */
export async function keepNextDayQueue(userId: string, scope: string, queue: ReviewQueueDto): Promise<void> {
  const tx = (await db()).transaction("queues", "readwrite");
  const prefix = queueKey(userId, "all@");
  const key = queueKey(userId, scope);
  for (const old of await tx.store.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`))) {
    if (old !== key) await tx.store.delete(old);
  }
  await tx.store.put({ key, userId, queue });
  await tx.done;
}
