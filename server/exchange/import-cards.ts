import "server-only";
import { randomUUID } from "node:crypto";
import { planImport, type PlannedRow } from "@/lib/exchange/import-plan";
import { importedSchedule, replayHistory } from "@/lib/exchange/replay-history";
import { parseStudySettings, type CardSchedule } from "@/lib/srs";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { AppError } from "@/server/errors";
import { encodePrevious, scheduleColumns } from "@/server/reviews/card-state-mapper";
import { schedulerFor } from "@/server/reviews/scheduler-for";
import { MAX_ANSWER_MS } from "@/server/reviews/review-inputs";
import { PERSONAL_ADDED_FROM } from "@/server/personal-cards";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import type { ImportFileInput, ImportPreview, ImportPreviewRow, ImportResult } from "./import-types";
import { readImportFile, type ImportCandidate } from "./read-import-file";
import { insertImportedCards } from "./personal-card-rows";
import { personalCardInputSchema, type PersonalCardInput } from "@/lib/personal-cards/card-input";

/** Rows sent back in a preview besides every error row: enough to check the file, small enough for a phone. */
const PREVIEW_ROWS = 300;
const CATALOGUE_GUID = /^dossier:(.+)$/;

type PlannedCard = ImportCandidate & { catalogueId?: string; personal?: PersonalCardInput };

interface Plan {
  format: "csv" | "apkg";
  rows: PlannedRow<PlannedCard>[];
  problems: { row: number; error: string }[];
  unmapped: { name: string; notes: number }[];
}

/**
 * What the file would do for this student. A card from one of our own exports whose catalogue card the
 * student may see is added to their study (a schedule row) rather than copied; everything else becomes a
 * personal card keyed by its import key, so a second import of the same file finds it and adds nothing.
 */
async function planFor(db: Db, userId: string, input: ImportFileInput, now: Date): Promise<Plan> {
  const file = await readImportFile(input, now);
  const wanted = [...new Set(file.cards.map((c) => CATALOGUE_GUID.exec(c.guid ?? "")?.[1]).filter((id): id is string => id !== undefined))];
  const privateIds = wanted.length > 0 ? await privateTopicIdsFor(db, { id: userId }) : [];
  const [catalogue, own, exported] = await Promise.all([
    wanted.length === 0
      ? []
      : db.flashcard.findMany({
          where: { id: { in: wanted }, ownerId: null, retiredAt: null, topic: { retiredAt: null, ...visibleTopics(privateIds) } },
          select: { id: true, states: { where: { userId }, select: { userId: true } } },
        }),
    db.flashcard.findMany({ where: { ownerId: userId, importKey: { not: null } }, select: { importKey: true } }),
    // The student's own export coming back (a backup restored): their personal cards are already here.
    wanted.length === 0 ? [] : db.flashcard.findMany({ where: { id: { in: wanted }, ownerId: userId }, select: { id: true } }),
  ]);
  const linkable = new Map(catalogue.map((c) => [c.id, c.states.length > 0]));
  const existing = new Set(own.map((c) => c.importKey!));
  const ownIds = new Set(exported.map((c) => c.id));
  const cards = file.cards.map((card) => {
    const id = CATALOGUE_GUID.exec(card.guid ?? "")?.[1];
    if (id !== undefined && ownIds.has(id)) {
      existing.add(`own:${id}`);
      return { ...card, key: `own:${id}` };
    }
    if (id === undefined || !linkable.has(id)) return card;
    const key = `catalogue:${id}`;
    if (linkable.get(id)) existing.add(key);
    return { ...card, key, catalogueId: id };
  });
  const rows = planImport<PlannedCard>(cards, existing).map((row) => {
    if (row.status !== "new" || row.card.catalogueId) return row;
    // The same rules as a card written by hand (one cloze deletion, no deletion in a basic card).
    const parsed = personalCardInputSchema.safeParse({ kind: row.card.kind, front: row.card.front, back: row.card.back, tags: row.card.tags });
    if (!parsed.success) return { ...row, status: "error" as const, error: parsed.error.issues[0]?.message ?? "this card is not valid" };
    return { ...row, card: { ...row.card, personal: parsed.data } };
  });
  return { format: file.format, rows, problems: file.problems, unmapped: file.unmapped };
}

function previewRows(plan: Plan): { rows: ImportPreviewRow[]; total: number } {
  const all: ImportPreviewRow[] = [
    ...plan.rows.map((r) => ({
      row: r.card.row,
      kind: r.card.kind,
      front: r.card.front,
      back: r.card.back,
      // What the card will carry: the checked tags of a new card, none on a catalogue card added to the
      // student's study, the file's for any other row.
      tags: r.card.personal?.tags ?? (r.card.catalogueId ? [] : r.card.tags),
      status: r.status === "new" && r.card.catalogueId ? ("link" as const) : r.status,
      ...(r.error ? { error: r.error } : {}),
    })),
    ...plan.problems.map((p) => ({ row: p.row, kind: "basic" as const, front: "", back: "", tags: [], status: "error" as const, error: p.error })),
  ].sort((a, b) => a.row - b.row);
  let others = 0;
  const rows = all.filter((r) => r.status === "error" || others++ < PREVIEW_ROWS);
  return { rows, total: all.length };
}

export async function previewImport(db: Db, userId: string, input: ImportFileInput, now: Date): Promise<ImportPreview> {
  const plan = await planFor(db, userId, input, now);
  const { rows, total } = previewRows(plan);
  const count = (pred: (r: Plan["rows"][number]) => boolean) => plan.rows.filter(pred).length;
  return {
    fileName: input.fileName,
    format: plan.format,
    summary: {
      create: count((r) => r.status === "new" && !r.card.catalogueId),
      link: count((r) => r.status === "new" && r.card.catalogueId !== undefined),
      existing: count((r) => r.status === "exists"),
      errors: count((r) => r.status === "error") + plan.problems.length,
      reviews: plan.rows.reduce((n, r) => n + (r.status === "new" ? (r.card.reviews?.length ?? 0) : 0), 0),
    },
    rows,
    totalRows: total,
    unmapped: plan.unmapped,
    mediaCards: plan.rows.filter((r) => r.card.media).length,
  };
}

/** Rows are written in slices: one INSERT per slice stays far below PostgreSQL's 65,535 parameters. */
const SLICE = 1_000;
async function inSlices<T>(items: readonly T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += SLICE) await write(items.slice(i, i + SLICE));
}

/**
 * Imports the file's new cards in one transaction: on any failure nothing is kept. Error rows are
 * skipped (the preview listed them), cards already there are left alone.
 */
export async function importCards(db: Db, userId: string, input: ImportFileInput, now: Date): Promise<ImportResult> {
  const plan = await planFor(db, userId, input, now);
  const incoming = plan.rows.filter((r) => r.status === "new");
  // The student's own scheduler, as their grades use it, so replayed answers match live ones.
  const settingsRow = await db.studySettings.findUnique({
    where: { userId },
    select: { desiredRetention: true, newCardsPerDay: true, maxReviewsPerDay: true, learningSteps: true, relearningSteps: true, timeZone: true, dayStartHour: true, burySiblings: true, fsrsParameters: true },
  });
  const scheduler = schedulerFor(parseStudySettings(settingsRow ?? {}));

  const personal = incoming.filter((r) => !r.card.catalogueId);
  const linked = incoming.filter((r) => r.card.catalogueId);
  const linkedIds = new Set(linked.map((r) => r.card.catalogueId!));
  let reviews = 0;
  try {
    await db.$transaction(
      async (tx) => {
        const createdIds = await insertImportedCards(tx, userId, personal.map((r) => ({ key: r.card.key, card: r.card.personal! })), now);
        const states: StateRow[] = [];
        const logs: LogRow[] = [];
        incoming.forEach((row) => {
          const cardId = row.card.catalogueId ?? createdIds.get(row.card.key)!;
          const replayed = replayHistory(row.card.reviews ?? [], scheduler);
          const schedule = importedSchedule(row.card.schedule ?? null, replayed);
          // A new personal card already has its new-card row from the personal-card service.
          if (!row.card.catalogueId && schedule === null && replayed.length === 0 && !row.card.suspended) return;
          states.push(stateRow(userId, cardId, schedule, row.card.suspended ?? false, replayed.length, now, row.card.catalogueId ? "import" : PERSONAL_ADDED_FROM));
          replayed.forEach((r, i) => {
            logs.push({
              id: randomUUID(),
              userId,
              cardId,
              rating: r.log.rating,
              state: r.log.state,
              due: r.log.due,
              stability: r.log.stability,
              difficulty: r.log.difficulty,
              elapsedDays: r.log.elapsedDays,
              scheduledDays: r.log.scheduledDays,
              durationMs: Math.min(MAX_ANSWER_MS, r.durationMs),
              reviewedAt: r.log.reviewedAt,
              baseVersion: i,
              previous: encodePrevious({
                schedule: r.before,
                hadRow: i > 0,
                needsRelearn: false,
                learningSteps: r.log.learningSteps,
                lastElapsedDays: r.log.lastElapsedDays,
                lastReview: r.log.lastReview,
                next: i === replayed.length - 1 && schedule ? schedule : r.next,
              }),
            });
          });
        });
        // Personal cards that come with a schedule replace the new-card row the service wrote.
        const replaced = states.filter((st) => !linkedIds.has(st.cardId)).map((st) => st.cardId);
        if (replaced.length > 0) await tx.$executeRaw`DELETE FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ANY(${replaced}::text[])`;
        await inSlices(states, (data) => tx.cardState.createMany({ data }));
        await inSlices(logs, (data) => tx.reviewLog.createMany({ data }));
        reviews = logs.length;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "Some of these cards were imported a moment ago, perhaps in another tab. Preview the file again.");
    throw error;
  }
  return {
    created: personal.length,
    linked: linked.length,
    existing: plan.rows.filter((r) => r.status === "exists").length,
    skipped: plan.rows.filter((r) => r.status === "error").length + plan.problems.length,
    reviews,
  };
}

type StateRow = Prisma.CardStateCreateManyInput;
type LogRow = Prisma.ReviewLogCreateManyInput;

function stateRow(userId: string, cardId: string, schedule: CardSchedule | null, suspended: boolean, answers: number, now: Date, addedFrom: string): StateRow {
  const columns = schedule ? scheduleColumns(schedule) : { due: now };
  return { userId, cardId, ...columns, suspended, version: answers, addedFrom };
}
