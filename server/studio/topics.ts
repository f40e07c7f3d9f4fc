import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Prisma, StudioStatus } from "@/server/generated/prisma/client";
import { contentRows } from "@/lib/content/content-rows";
import type { LoadedContent } from "@/lib/content/load-content";
import { contentFileSchema, type ContentFile } from "@/lib/content/schema";
import { questionSchema, type Question } from "@/lib/content/question-schema";
import { slugify } from "@/lib/content/ingest/slug";
import { checkDocument, documentAsContent, type DocumentIssue } from "@/lib/studio/check-document";
import { buildCopyIndex, findCopiedRuns } from "@/lib/studio/copy-check";
import { describeChanges } from "@/lib/studio/document-changes";
import { emptyDocument, studioDocumentSchema, type StudioDocument } from "@/lib/studio/document";
import { syncInTransaction, type SyncReport } from "@/server/content/sync-content";
import { allArticleTexts } from "./sources";
import type { StudioUser } from "./studio-user";

/** Editors share the public catalogue; a teacher sees only their own private topics. Anyone else's is a 404. */
const ownedBy = (user: StudioUser): Prisma.StudioTopicWhereInput => (user.role === "editor" ? { ownerId: null } : { ownerId: user.id });

const asJson = (doc: StudioDocument) => doc as unknown as Prisma.InputJsonValue;
const parseDoc = (value: unknown) => studioDocumentSchema.parse(value);

async function findOwn(db: Db | DbTransaction, user: StudioUser, topicId: string) {
  const topic = await db.studioTopic.findFirst({ where: { id: topicId, ...ownedBy(user) } });
  if (!topic) throw new AppError("not_found", "There is no such topic in your studio.");
  return topic;
}

export async function createStudioTopic(db: Db, user: StudioUser, input: { title: string }, now: Date): Promise<{ id: string }> {
  const base = slugify(input.title) || "topic";
  return db.$transaction(async (tx) => {
    let id = base;
    // Ids are shared with content/ topics: a studio topic never takes one, so sync and publish never fight over a row.
    for (let n = 2; (await tx.topic.count({ where: { id } })) + (await tx.studioTopic.count({ where: { id } })) > 0; n++) id = `${base}-${n}`;
    const document = emptyDocument(input.title, now.toISOString().slice(0, 10));
    await tx.studioTopic.create({ data: { id, ownerId: user.role === "teacher" ? user.id : null, createdById: user.id, document: asJson(document) } });
    await tx.studioTopicVersion.create({ data: { topicId: id, version: 1, status: "draft", document: asJson(document), changes: describeChanges(null, document), authorId: user.id } });
    return { id };
  });
}

export type StudioTopicView = {
  id: string;
  status: StudioStatus;
  version: number;
  publishedVersion: number | null;
  private: boolean;
  /** Exported to content/: shown read-only, with the reason (note 012). */
  inContentFiles: boolean;
  document: StudioDocument;
  history: { version: number; status: StudioStatus; changes: string; author: string; at: string }[];
};

export async function getStudioTopic(db: Db, user: StudioUser, topicId: string): Promise<StudioTopicView> {
  const topic = await findOwn(db, user, topicId);
  const versions = await db.studioTopicVersion.findMany({ where: { topicId }, orderBy: { version: "desc" }, take: 50, include: { author: { select: { name: true } } } });
  return {
    id: topic.id,
    status: topic.status,
    version: topic.version,
    publishedVersion: topic.publishedVersion,
    private: topic.ownerId !== null,
    inContentFiles: await inContentFiles(db, topic),
    document: parseDoc(topic.document),
    history: versions.map((v) => ({ version: v.version, status: v.status, changes: v.changes, author: v.author.name, at: v.createdAt.toISOString() })),
  };
}

export async function listStudioTopics(db: Db, user: StudioUser) {
  const rows = await db.studioTopic.findMany({ where: ownedBy(user), orderBy: { updatedAt: "desc" }, select: { id: true, status: true, version: true, document: true, updatedAt: true, exportedVersion: true } });
  return rows.map((r) => ({ id: r.id, title: parseDoc(r.document).topic.title, status: r.status, version: r.version, exported: r.exportedVersion !== null, updatedAt: r.updatedAt.toISOString() }));
}

/** Whether the topic now ships from content/: exported by content:export, or already adopted by a sync. */
async function inContentFiles(db: Db | DbTransaction, topic: { id: string; exportedVersion: number | null }): Promise<boolean> {
  if (topic.exportedVersion !== null) return true;
  return (await db.topic.findUnique({ where: { id: topic.id }, select: { origin: true } }))?.origin === "file";
}

/** Refusal, not an override (note 012): the next start reloads the topic from its file, so a studio edit would be lost. */
async function refuseIfInContentFiles(db: Db | DbTransaction, topic: { id: string; exportedVersion: number | null }) {
  if (await inContentFiles(db, topic)) {
    throw new AppError(
      "conflict",
      `This topic was exported to content/ and now ships from content/topics/${topic.id}.yaml. Every start reloads it from that file, so an edit made here would be lost: change the file instead and run npm run content:check.`,
    );
  }
}

/** Writes a new version; refuses one based on an older version, so two editors never overwrite each other silently. */
async function writeVersion(tx: DbTransaction, user: StudioUser, topicId: string, baseVersion: number, status: StudioStatus, document: StudioDocument, changes?: string) {
  const topic = await findOwn(tx, user, topicId);
  await refuseIfInContentFiles(tx, topic);
  if (topic.version !== baseVersion) {
    throw new AppError("conflict", `This topic was saved by someone else (version ${topic.version}, you started from ${baseVersion}). Reload to see their changes; copy your text first.`);
  }
  const version = topic.version + 1;
  const summary = changes ?? describeChanges(parseDoc(topic.document), document);
  const updated = await tx.studioTopic.updateMany({ where: { id: topicId, version: topic.version }, data: { version, status, document: asJson(document) } });
  if (updated.count !== 1) throw new AppError("conflict", "This topic changed while you saved. Reload and try again.");
  await tx.studioTopicVersion.create({ data: { topicId, version, status, document: asJson(document), changes: summary, authorId: user.id } });
  return { version, status };
}

/** Saving a published topic makes a new draft; the published rows stay as they were until it is published again. */
export async function saveStudioTopic(db: Db, user: StudioUser, topicId: string, input: { document: StudioDocument; baseVersion: number }) {
  return db.$transaction((tx) => writeVersion(tx, user, topicId, input.baseVersion, "draft", input.document));
}

export async function setStudioStatus(db: Db, user: StudioUser, topicId: string, input: { status: "draft" | "in_review"; baseVersion: number }) {
  return db.$transaction(async (tx) => {
    const topic = await findOwn(tx, user, topicId);
    const label = input.status === "in_review" ? "sent for review" : "returned to draft";
    return writeVersion(tx, user, topicId, input.baseVersion, input.status, parseDoc(topic.document), label);
  });
}

async function checkContext(db: Db | DbTransaction, topicId: string) {
  const [articles, existing, maxOrder] = await Promise.all([
    db.article.findMany({ select: { id: true, paragraphCount: true } }),
    db.topic.findUnique({ where: { id: topicId }, select: { order: true } }),
    db.topic.aggregate({ _max: { order: true } }),
  ]);
  return { topicId, order: existing?.order ?? (maxOrder._max.order ?? 0) + 1, articles };
}

/** Every text a student will read, with its document path, for the copy check. */
function writtenTexts(doc: StudioDocument): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path === "" ? k : `${path}.${k}`);
  };
  walk(doc, "");
  return out;
}

/** The content rules and the copy check over every stored article; an empty list means it may be published. */
export async function checkStudioDocument(db: Db | DbTransaction, topicId: string, doc: StudioDocument): Promise<DocumentIssue[]> {
  const issues = checkDocument(doc, await checkContext(db, topicId));
  const index = buildCopyIndex(await allArticleTexts(db as Db));
  for (const { path, text } of writtenTexts(doc)) {
    for (const run of findCopiedRuns(text, index)) {
      issues.push({ path, message: `copies ${run.words} words in a row from article "${run.articleId}" ("${run.text.slice(0, 80)}…"); write it in your own words` });
    }
  }
  return issues;
}

export async function checkOwnStudioTopic(db: Db, user: StudioUser, topicId: string, doc: StudioDocument) {
  await findOwn(db, user, topicId);
  return { issues: await checkStudioDocument(db, topicId, doc) };
}

/** The content rows a studio topic becomes: the same contentRows() as content/ files, so hashes and shapes match. */
export function studioRows(doc: StudioDocument, ctx: { topicId: string; order: number }) {
  const { file, questions } = documentAsContent(doc, ctx);
  const content: LoadedContent = {
    sources: null,
    topics: [{ file: `${ctx.topicId}.yaml`, data: contentFileSchema.parse(file) as ContentFile, lines: {} }],
    questions: [{ file: "studio", data: { questions: questions.map((q) => questionSchema.parse({ ...q, topicIds: [ctx.topicId] }) as Question) }, lines: {} }],
  };
  return contentRows(content);
}

/**
 * Publishes the topic's current version in one transaction with the content sync logic, scoped to this
 * topic: ids stay stable, an edited card keeps its learners' history, a removed card is retired with
 * its states kept, and a fact newly marked superseded flags its cards for relearning.
 */
export async function publishStudioTopic(db: Db, user: StudioUser, topicId: string, input: { baseVersion: number }, now: Date): Promise<{ version: number; report: SyncReport }> {
  return db.$transaction(
    async (tx) => {
      const topic = await findOwn(tx, user, topicId);
      await refuseIfInContentFiles(tx, topic);
      const doc = parseDoc(topic.document);
      const issues = await checkStudioDocument(tx, topicId, doc);
      if (issues.length > 0) {
        throw new AppError("invalid_input", `This topic has ${issues.length} problem${issues.length === 1 ? "" : "s"} to fix before it can be published.`, { issues });
      }
      const ctx = await checkContext(tx, topicId);
      const rows = studioRows(doc, ctx);
      if (topic.ownerId !== null) await refusePublicFacts(tx, rows);
      await refuseForeignIds(tx, topicId, rows);
      const report = await syncInTransaction(tx, rows, now, { origin: "studio", topic: { id: topicId, ownerId: topic.ownerId } });
      const { version } = await writeVersion(tx, user, topicId, input.baseVersion, "published", doc, "published");
      await tx.studioTopic.update({ where: { id: topicId }, data: { publishedVersion: version } });
      return { version, report };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * A private topic may not restate, and so supersede, a fact of the public catalogue: publishing it would
 * change a public fact and flag every public learner's cards on it for relearning, from a topic they cannot see.
 */
async function refusePublicFacts(tx: DbTransaction, rows: ReturnType<typeof studioRows>) {
  const ids = rows.facts.map((r) => r.id).concat(rows.facts.flatMap((r) => (r.supersededBy ? [r.supersededBy] : [])));
  const publicFacts = await tx.fact.findMany({ where: { id: { in: ids }, topic: { ownerId: null } }, select: { id: true } });
  if (publicFacts.length > 0) {
    const names = publicFacts.map((f) => `"${f.id}"`).join(", ");
    throw new AppError(
      "invalid_input",
      `${publicFacts.length === 1 ? "Public fact" : "Public facts"} ${names} belong${publicFacts.length === 1 ? "s" : ""} to the public catalogue: a private topic cannot supersede or change ${publicFacts.length === 1 ? "it" : "them"}, since that would flag every student's cards on ${publicFacts.length === 1 ? "it" : "them"} for relearning. Write a new fact in your own topic instead.`,
    );
  }
}

/** An id already used by content/ or another topic would make two owners of one row: refuse it by name. */
async function refuseForeignIds(tx: DbTransaction, topicId: string, rows: ReturnType<typeof studioRows>) {
  const [facts, cards, questions] = await Promise.all([
    tx.fact.findMany({ where: { id: { in: rows.facts.map((r) => r.id) }, NOT: { topicId, origin: "studio" } }, select: { id: true } }),
    tx.flashcard.findMany({ where: { id: { in: rows.flashcards.map((r) => r.id) }, NOT: { topicId, origin: "studio" } }, select: { id: true } }),
    tx.question.findMany({ where: { id: { in: rows.questions.map((r) => r.id) }, NOT: { topicIds: { has: topicId }, origin: "studio" } }, select: { id: true } }),
  ]);
  const taken = [...facts, ...cards, ...questions].map((r) => r.id);
  if (taken.length > 0) throw new AppError("invalid_input", `These ids are already used by other content: ${taken.join(", ")}. Rename them.`);
}

/** Topics that ship in content/ files: shown in the studio as such, and edited only in the repository (note 012). */
export async function listFileTopics(db: Db): Promise<{ id: string; title: string }[]> {
  return db.topic.findMany({ where: { origin: "file", retiredAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, title: true } });
}
