import type { GradeOp } from "./review-api";

// The session under way (start, undo stack) is per tab, in sessionStorage, so a reload resumes it.
// Unsent answers live in IndexedDB (components/offline/offline-db.ts), loaded on demand, so they
// survive the tab being closed offline; this module only moves an older sessionStorage outbox there.

const LEGACY_OUTBOX_KEY = "dossier.review.outbox";
const sessionKey = (scope: string) => `dossier.review.session.${scope}`;

// Stored entries are checked with plain guards, not zod: this module is on the review screen, and zod
// would add about 26 kB of gzip to it (docs/decisions/018-lean-pages-and-the-nonce.md). The server
// parses every answer again with its own schema when the outbox is sent.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const STATES: readonly unknown[] = ["new", "learning", "review", "relearning"];
const KINDS: readonly unknown[] = ["review", "learning", "new"];
const RATINGS: readonly unknown[] = [1, 2, 3, 4];

function isSchedule(v: unknown): v is NonNullable<GradeOp["schedule"]> {
  if (!isObject(v)) return false;
  const counts = ["stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses"] as const;
  return isString(v.due) && counts.every((k) => isNumber(v[k])) && STATES.includes(v.state) && (v.lastReview === null || isString(v.lastReview));
}

/** An answer as a stored entry, or null when it is not one (an older or damaged entry is dropped). */
export function asGradeOp(v: unknown): GradeOp | null {
  if (!isObject(v)) return null;
  const { reviewId, cardId, rating, baseVersion, durationMs, kind, front, next = null, answeredAt, schedule } = v;
  if (!isString(reviewId) || !isString(cardId) || !RATINGS.includes(rating) || !isNumber(baseVersion) || !isNumber(durationMs)) return null;
  if (!KINDS.includes(kind) || !isString(front)) return null;
  if (next !== null && !(isObject(next) && STATES.includes(next.state) && isString(next.due))) return null;
  if (answeredAt !== undefined && !isString(answeredAt)) return null;
  if (schedule !== undefined && !isSchedule(schedule)) return null;
  return {
    reviewId,
    cardId,
    rating: rating as GradeOp["rating"],
    baseVersion,
    durationMs,
    kind: kind as GradeOp["kind"],
    front,
    next: next as GradeOp["next"],
    ...(answeredAt !== undefined ? { answeredAt } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
  };
}

export interface UndoEntry {
  reviewId: string;
  cardId: string;
}

export interface StoredSession {
  startedAt: string;
  phase: "studying" | "summary";
  undo: UndoEntry[];
  /** Cards answered in this session: a topic session does not offer their early reviews again. */
  seen: string[];
}

/** A stored session, or null when it is not one. */
export function asStoredSession(v: unknown): StoredSession | null {
  if (!isObject(v)) return null;
  const { startedAt, phase, undo, seen = [] } = v;
  if (!isString(startedAt) || (phase !== "studying" && phase !== "summary")) return null;
  if (!Array.isArray(undo) || !undo.every((e) => isObject(e) && isString(e.reviewId) && isString(e.cardId))) return null;
  if (!Array.isArray(seen) || !seen.every(isString)) return null;
  return { startedAt, phase, undo: undo.map((e: Json) => ({ reviewId: e.reviewId as string, cardId: e.cardId as string })), seen };
}

const asGradeOps = (v: unknown): GradeOp[] | null => (Array.isArray(v) ? v.flatMap((op) => asGradeOp(op) ?? []) : null);

function read<T>(key: string, guard: (value: unknown) => T | null): T | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.sessionStorage.getItem(key);
    if (raw === null) return null;
    return guard(JSON.parse(raw));
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  if (typeof window === "undefined") return;
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the answer is still in the mutation queue for this page's life.
  }
}

const offlineDb = () => import("@/components/offline/offline-db");

/**
 * The student's unsent answers, oldest first. Entries are parsed: they may have been written by an
 * older version of the app. The first call moves an outbox left in sessionStorage by the previous
 * version into IndexedDB (sign-out clears sessionStorage, so it belongs to the student signed in).
 */
export async function readOutbox(userId: string): Promise<GradeOp[]> {
  const store = await offlineDb();
  const legacy = read(LEGACY_OUTBOX_KEY, asGradeOps);
  if (legacy) {
    for (const op of legacy) await store.addToOutbox(userId, op);
    write(LEGACY_OUTBOX_KEY, null);
  }
  return (await store.readOutbox(userId)).flatMap((op) => asGradeOp(op) ?? []);
}

export async function addToOutbox(userId: string, op: GradeOp): Promise<void> {
  await (await offlineDb()).addToOutbox(userId, op);
}

export async function removeFromOutbox(reviewId: string): Promise<void> {
  await (await offlineDb()).removeFromOutbox(reviewId);
}

export const readSession = (scope: string): StoredSession | null => read(sessionKey(scope), asStoredSession);
export const writeSession = (scope: string, session: StoredSession | null): void => write(sessionKey(scope), session);
