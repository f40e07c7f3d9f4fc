import { z } from "zod";
import type { GradeOp } from "./review-api";

// Kept in sessionStorage so a reload (or a crash of the tab's page) neither loses an unsent answer
// nor forgets the session under way. Per tab, like the session itself.

const OUTBOX_KEY = "dossier.review.outbox";
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

export const readOutbox = (): GradeOp[] => read(OUTBOX_KEY, z.array(gradeOpSchema)) ?? [];

export function addToOutbox(op: GradeOp): void {
  write(OUTBOX_KEY, [...readOutbox().filter((o) => o.reviewId !== op.reviewId), op]);
}

export function removeFromOutbox(reviewId: string): void {
  const left = readOutbox().filter((o) => o.reviewId !== reviewId);
  write(OUTBOX_KEY, left.length > 0 ? left : null);
}

export const readSession = (scope: string): StoredSession | null => read(sessionKey(scope), sessionSchema);
export const writeSession = (scope: string, session: StoredSession | null): void => write(sessionKey(scope), session);
