import { z } from "zod";
import type { GradeOp } from "./review-api";

// The session under way (start, undo stack) is per tab, in sessionStorage, so a reload resumes it.
// Unsent answers live in IndexedDB (components/offline/offline-db.ts), loaded on demand, so they
// survive the tab being closed offline; this module only moves an older sessionStorage outbox there.

const LEGACY_OUTBOX_KEY = "dossier.review.outbox";
const sessionKey = (scope: string) => `dossier.review.session.${scope}`;

const gradeOpSchema = z.object({
  reviewId: z.string(),
  cardId: z.string(),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  baseVersion: z.number(),
  durationMs: z.number(),
  kind: z.enum(["review", "learning", "new"]),
  front: z.string(),
  next: z
    .object({ state: z.enum(["new", "learning", "review", "relearning"]), due: z.string() })
    .nullable()
    .default(null),
  /** When the student answered (ISO); absent on answers stored by an older version of the app. */
  answeredAt: z.string().optional(),
  schedule: z
    .object({
      due: z.string(),
      stability: z.number(),
      difficulty: z.number(),
      elapsedDays: z.number(),
      scheduledDays: z.number(),
      learningSteps: z.number(),
      reps: z.number(),
      lapses: z.number(),
      state: z.enum(["new", "learning", "review", "relearning"]),
      lastReview: z.string().nullable(),
    })
    .optional(),
});

const undoEntrySchema = z.object({ reviewId: z.string(), cardId: z.string() });
export type UndoEntry = z.infer<typeof undoEntrySchema>;

const sessionSchema = z.object({
  startedAt: z.string(),
  phase: z.enum(["studying", "summary"]),
  undo: z.array(undoEntrySchema),
  /** Cards answered in this session: a topic session does not offer their early reviews again. */
  seen: z.array(z.string()).default([]),
});
export type StoredSession = z.output<typeof sessionSchema>;

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.sessionStorage.getItem(key);
    if (raw === null) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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
  const legacy = read(LEGACY_OUTBOX_KEY, z.array(gradeOpSchema));
  if (legacy) {
    for (const op of legacy) await store.addToOutbox(userId, op);
    write(LEGACY_OUTBOX_KEY, null);
  }
  return (await store.readOutbox(userId)).flatMap((op) => {
    const parsed = gradeOpSchema.safeParse(op);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function addToOutbox(userId: string, op: GradeOp): Promise<void> {
  await (await offlineDb()).addToOutbox(userId, op);
}

export async function removeFromOutbox(reviewId: string): Promise<void> {
  await (await offlineDb()).removeFromOutbox(reviewId);
}

export const readSession = (scope: string): StoredSession | null => read(sessionKey(scope), sessionSchema);
export const writeSession = (scope: string, session: StoredSession | null): void => write(sessionKey(scope), session);
