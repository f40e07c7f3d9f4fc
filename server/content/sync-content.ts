import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import type { ContentRows } from "@/lib/content/content-rows";
import { Prisma } from "@/server/generated/prisma/client";

export type SyncCounts = { created: number; updated: number; retired: number; unchanged: number };
export type SyncReport = Record<keyof ContentRows, SyncCounts> & {
  cardsFlaggedForRelearning: number;
  /** Rows that content:export wrote to content/ and this sync took over from the studio (note 012). */
  adoptedFromStudio: number;
};

type Existing = { id: string; contentHash: string; retiredAt?: Date | null };

/** Splits desired rows against what the table holds: create, update (changed or revived), retire. */
function plan<R extends { id: string; contentHash: string }>(rows: R[], existing: Existing[], retirable: boolean) {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const wanted = new Set(rows.map((r) => r.id));
  const create = rows.filter((r) => !byId.has(r.id));
  const update = rows.filter((r) => {
    const old = byId.get(r.id);
    return old !== undefined && (old.contentHash !== r.contentHash || (old.retiredAt ?? null) !== null);
  });
  const retire = retirable ? existing.filter((e) => !wanted.has(e.id) && (e.retiredAt ?? null) === null).map((e) => e.id) : [];
  const counts: SyncCounts = { created: create.length, updated: update.length, retired: retire.length, unchanged: rows.length - create.length - update.length };
  return { create, update, retire, counts };
}

const hashes = { select: { id: true, contentHash: true, retiredAt: true } } as const;
/**
 * Which rows a sync owns. content:sync owns every row from content/ files; a studio publish owns one
 * studio topic's rows. Rows outside the scope are never planned, updated or retired.
 */
export type SyncScope = {
  origin: "file" | "studio";
  /** Studio scope: the one topic being published, and its owner (null for the public catalogue). */
  topic?: { id: string; ownerId: string | null };
};
const FILE_SCOPE: SyncScope = { origin: "file" };

/**
 * Upserts curated content by stable ids in one transaction. Unchanged content writes
 * nothing; a card that leaves the content is retired (its learners' states suspended,
 * their history kept); a fact that becomes superseded flags its cards for relearning.
 */
export async function syncContent(db: Db, rows: ContentRows, now: Date): Promise<SyncReport> {
  return db.$transaction(async (tx) => syncInTransaction(tx, rows, now), { timeout: 120_000, maxWait: 60_000 });
}

export async function syncInTransaction(tx: DbTransaction, rows: ContentRows, now: Date, scope: SyncScope = FILE_SCOPE): Promise<SyncReport> {
  const fromFiles = { origin: scope.origin };
  const topicScope = scope.topic ? { ...fromFiles, id: scope.topic.id } : fromFiles;
  const childScope = scope.topic ? { ...fromFiles, topicId: scope.topic.id } : fromFiles;
  const questionScope = scope.topic ? { ...fromFiles, topicIds: { has: scope.topic.id } } : fromFiles;
  const stamp = { origin: scope.origin };
  const owned = { ...stamp, ownerId: scope.topic?.ownerId ?? null };
  const adoptedFromStudio = scope.origin === "file" ? await adoptExportedRows(tx, rows) : 0;
  const articles = plan(rows.articles, await tx.article.findMany({ where: fromFiles, select: { id: true, contentHash: true } }), false);
  if (articles.create.length) await tx.article.createMany({ data: articles.create.map(articleData) });
  for (const row of articles.update) await tx.article.update({ where: { id: row.id }, data: articleData(row) });

  const references = plan(rows.references, await tx.reference.findMany({ select: { id: true, contentHash: true } }), false);
  if (references.create.length) await tx.reference.createMany({ data: references.create });
  for (const row of references.update) await tx.reference.update({ where: { id: row.id }, data: row });

  const topics = plan(rows.topics, await tx.topic.findMany({ where: topicScope, ...hashes }), true);
  if (topics.create.length) await tx.topic.createMany({ data: topics.create.map((row) => ({ ...row, ...owned })) });
  for (const row of topics.update) await tx.topic.update({ where: { id: row.id }, data: { ...row, ...owned, retiredAt: null } });

  const oldFacts = await tx.fact.findMany({ where: childScope, select: { ...hashes.select, status: true } });
  const facts = plan(rows.facts, oldFacts, true);
  if (facts.create.length) await tx.fact.createMany({ data: facts.create.map((row) => ({ ...factData(row), ...stamp })) });
  for (const row of facts.update) await tx.fact.update({ where: { id: row.id }, data: { ...factData(row), ...stamp, retiredAt: null } });

  const cards = plan(rows.flashcards, await tx.flashcard.findMany({ where: childScope, ...hashes }), true);
  if (cards.create.length) await tx.flashcard.createMany({ data: cards.create.map((row) => ({ ...row, ...stamp })) });
  for (const row of cards.update) await tx.flashcard.update({ where: { id: row.id }, data: { ...row, ...stamp, retiredAt: null } });

  const questions = plan(rows.questions, await tx.question.findMany({ where: questionScope, ...hashes }), true);
  if (questions.create.length) await tx.question.createMany({ data: questions.create.map((row) => ({ ...questionData(row), ...owned })) });
  for (const row of questions.update) await tx.question.update({ where: { id: row.id }, data: { ...questionData(row), ...owned, retiredAt: null } });

  // Retire in child-to-parent order; nothing is deleted, so review history stays attached.
  if (questions.retire.length) await tx.question.updateMany({ where: { id: { in: questions.retire } }, data: { retiredAt: now } });
  if (cards.retire.length) {
    await tx.flashcard.updateMany({ where: { id: { in: cards.retire } }, data: { retiredAt: now } });
    await tx.cardState.updateMany({ where: { cardId: { in: cards.retire } }, data: { suspended: true } });
  }
  if (facts.retire.length) await tx.fact.updateMany({ where: { id: { in: facts.retire } }, data: { retiredAt: now } });
  if (topics.retire.length) await tx.topic.updateMany({ where: { id: { in: topics.retire } }, data: { retiredAt: now } });

  // The timeline comes only from content/ files: a studio publish must not plan (and so retire) it.
  const timeline = plan(rows.timeline, scope.origin === "file" ? await tx.timelineEvent.findMany(hashes) : [], scope.origin === "file");
  if (timeline.create.length) await tx.timelineEvent.createMany({ data: timeline.create });
  for (const row of timeline.update) await tx.timelineEvent.update({ where: { id: row.id }, data: { ...row, retiredAt: null } });
  if (timeline.retire.length) await tx.timelineEvent.updateMany({ where: { id: { in: timeline.retire } }, data: { retiredAt: now } });

  const wasCurrent = new Set(oldFacts.filter((f) => f.status === "current").map((f) => f.id));
  const newlySuperseded = rows.facts.filter((f) => f.status === "superseded" && wasCurrent.has(f.id)).map((f) => f.id);
  let cardsFlaggedForRelearning = 0;
  if (newlySuperseded.length) {
    // Personal cards are their owners' to keep or change: a sync never touches them (note 014).
    const affected = await tx.flashcard.findMany({ where: { factIds: { hasSome: newlySuperseded }, ownerId: null }, select: { id: true } });
    const flagged = await tx.cardState.updateMany({
      where: { cardId: { in: affected.map((c) => c.id) }, state: { not: "new" } },
      data: { needsRelearn: true },
    });
    cardsFlaggedForRelearning = flagged.count;
  }

  return {
    articles: articles.counts,
    references: references.counts,
    topics: topics.counts,
    facts: facts.counts,
    flashcards: cards.counts,
    questions: questions.counts,
    timeline: timeline.counts,
    cardsFlaggedForRelearning,
    adoptedFromStudio,
  };
}

/**
 * Rows that `npm run content:export` wrote to content/ still carry origin "studio" in the database.
 * content/ is now their source, so they switch to origin "file" before planning: same id, same hash,
 * so the sync then finds them unchanged (a file edited since the export updates them as any file
 * edit does). A private topic's row is never adopted: content/ may not take a teacher's ids.
 */
async function adoptExportedRows(tx: DbTransaction, rows: ContentRows): Promise<number> {
  const ids = (list: readonly { id: string }[]) => ({ in: list.map((r) => r.id) });
  const privateRows = [
    ...(await tx.topic.findMany({ where: { id: ids(rows.topics), origin: "studio", ownerId: { not: null } }, select: { id: true } })),
    ...(await tx.fact.findMany({ where: { id: ids(rows.facts), origin: "studio", topic: { ownerId: { not: null } } }, select: { id: true } })),
    ...(await tx.flashcard.findMany({ where: { id: ids(rows.flashcards), origin: "studio", topic: { ownerId: { not: null } } }, select: { id: true } })),
    ...(await tx.question.findMany({ where: { id: ids(rows.questions), origin: "studio", ownerId: { not: null } }, select: { id: true } })),
  ];
  if (privateRows.length > 0) {
    throw new Error(`content/ uses ids that a teacher's private studio topic already has: ${privateRows.map((r) => r.id).join(", ")}. Rename them in content/.`);
  }
  const adopt = { origin: "file" as const };
  const counts = await Promise.all([
    tx.article.updateMany({ where: { id: ids(rows.articles), origin: "studio" }, data: adopt }),
    tx.topic.updateMany({ where: { id: ids(rows.topics), origin: "studio" }, data: adopt }),
    tx.fact.updateMany({ where: { id: ids(rows.facts), origin: "studio" }, data: adopt }),
    tx.flashcard.updateMany({ where: { id: ids(rows.flashcards), origin: "studio" }, data: adopt }),
    tx.question.updateMany({ where: { id: ids(rows.questions), origin: "studio" }, data: adopt }),
  ]);
  return counts.reduce((n, c) => n + c.count, 0);
}

// Json columns: the rows hold plain data that the content schemas already validated.
const asJson = (value: unknown) => value as Prisma.InputJsonValue;
const articleData = (row: ContentRows["articles"][number]) => ({ ...row, sources: asJson(row.sources) });
const factData = (row: ContentRows["facts"][number]) => ({
  ...row,
  value: row.value === null ? Prisma.DbNull : asJson(row.value),
  sources: asJson(row.sources),
});
const questionData = (row: ContentRows["questions"][number]) => ({ ...row, data: asJson(row.data) });
