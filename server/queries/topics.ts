import "server-only";
import { z } from "zod";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db } from "@/server/db";
import { visibleTopicSql, visibleTopics } from "@/server/studio/topic-access";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/highlight";

export const topicFilterSchema = z.object({
  q: z.string().trim().max(200, "Keep the search under 200 characters.").optional().transform((q) => q || undefined),
  tag: z.string().trim().max(120).optional().transform((t) => t || undefined),
});
export type TopicFilter = z.infer<typeof topicFilterSchema>;

/** `questions` counts prelims (practice) questions, as the practice page does; mains questions are counted apart. */
export type TopicCardRow = {
  id: string; title: string; summary: string; syllabusTags: string[]; facts: number; flashcards: number; questions: number; mainsQuestions: number;
  /** With a search: the passage that matched, its matched words between HIGHLIGHT_START and HIGHLIGHT_END (ts_headline). */
  match: string | null;
};

export { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/search/highlight";

/**
 * Topic index with PostgreSQL full-text search over title, summary, exam notes and the
 * topic's fact statements (same SQL on PGlite and PostgreSQL), best matches first.
 */
export async function listTopics(db: Db, filter: TopicFilter, privateTopicIds: readonly string[] = []): Promise<TopicCardRow[]> {
  const text = Prisma.sql`(t.title || ' ' || t.summary || ' ' || t."whyItMatters" || ' ' ||
    coalesce((select string_agg(f.statement, ' ') from "Fact" f where f."topicId" = t.id and f."retiredAt" is null), ''))`;
  const document = Prisma.sql`to_tsvector('english', ${text})`;
  const query = filter.q ? Prisma.sql`websearch_to_tsquery('english', ${filter.q})` : null;
  const headline = query
    ? Prisma.sql`ts_headline('english', ${text}, ${query}, ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, MaxFragments=1`})`
    : Prisma.sql`null::text`;
  const rows = await db.$queryRaw<(Omit<TopicCardRow, "facts" | "flashcards" | "questions" | "mainsQuestions"> & { facts: bigint; flashcards: bigint; questions: bigint; mainsQuestions: bigint })[]>`
    select t.id, t.title, t.summary, t."syllabusTags", ${headline} as match,
      (select count(*) from "Fact" f where f."topicId" = t.id and f."retiredAt" is null) as facts,
      (select count(*) from "Flashcard" c where c."topicId" = t.id and c."retiredAt" is null and c."ownerId" is null) as flashcards,
      (select count(*) from "Question" q where t.id = any(q."topicIds") and q."retiredAt" is null and q.kind <> 'mains') as questions,
      (select count(*) from "Question" q where t.id = any(q."topicIds") and q."retiredAt" is null and q.kind = 'mains') as "mainsQuestions"
    from "Topic" t
    where t."retiredAt" is null and ${visibleTopicSql("t", privateTopicIds)}
      ${query ? Prisma.sql`and ${document} @@ ${query}` : Prisma.empty}
      ${filter.tag ? Prisma.sql`and ${filter.tag} = any(t."syllabusTags")` : Prisma.empty}
    order by ${query ? Prisma.sql`ts_rank(${document}, ${query}) desc,` : Prisma.empty} t."order"`;
  return rows.map((r) => ({ ...r, facts: Number(r.facts), flashcards: Number(r.flashcards), questions: Number(r.questions), mainsQuestions: Number(r.mainsQuestions) }));
}

export async function listSyllabusTags(db: Db, privateTopicIds: readonly string[] = []): Promise<string[]> {
  const topics = await db.topic.findMany({ where: { retiredAt: null, ...visibleTopics(privateTopicIds) }, select: { syllabusTags: true } });
  return [...new Set(topics.flatMap((t) => t.syllabusTags))].sort();
}

const publicationSchema = z.object({ publisher: z.string(), url: z.string(), publishedAt: z.string() });
const articleSourcesSchema = z.object({ publications: z.array(publicationSchema) });
const citationsSchema = z.array(
  z.union([
    z.object({ article: z.string(), paragraph: z.number() }),
    z.object({ reference: z.string(), section: z.string().optional() }),
  ]),
);

export type Publication = z.infer<typeof publicationSchema>;
export type FactSource =
  | { kind: "article"; articleId: string; paragraph: number; publications: Publication[] }
  | { kind: "reference"; referenceId: string; section: string | null; publisher: string; title: string; url: string; date: string };

/** The newer fact that replaces a superseded one, possibly on another topic's page. */
export type FactSuccessor = { id: string; topicId: string; statement: string; asOf: string | null };

const isoDay = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/** A topic with its current facts, each fact's sources resolved to publisher, date and link. */
export async function getTopicPage(db: Db, topicId: string, privateTopicIds: readonly string[] = []) {
  const topic = await db.topic.findFirst({
    where: { id: topicId, retiredAt: null, ...visibleTopics(privateTopicIds) },
    include: { facts: { where: { retiredAt: null }, orderBy: { order: "asc" } } },
  });
  if (!topic) return null;
  const successorIds = topic.facts.flatMap((f) => (f.supersededBy ? [f.supersededBy] : []));
  const [articles, references, successors, related, flashcards, questions, mainsQuestions] = await Promise.all([
    db.article.findMany(),
    db.reference.findMany(),
    db.fact.findMany({ where: { id: { in: successorIds }, retiredAt: null }, select: { id: true, topicId: true, statement: true, asOf: true } }),
    db.topic.findMany({ where: { id: { in: topic.relatedTopics }, retiredAt: null, ...visibleTopics(privateTopicIds) }, select: { id: true, title: true }, orderBy: { order: "asc" } }),
    db.flashcard.count({ where: { topicId, retiredAt: null, ownerId: null } }),
    // Prelims only, as the practice page counts; mains questions are written answers, counted apart.
    db.question.count({ where: { topicIds: { has: topicId }, retiredAt: null, kind: { not: "mains" } } }),
    db.question.count({ where: { topicIds: { has: topicId }, retiredAt: null, kind: "mains" } }),
  ]);
  const publicationsByArticle = new Map(articles.map((a) => [a.id, articleSourcesSchema.parse(a.sources).publications]));
  const referencesById = new Map(references.map((r) => [r.id, r]));
  const successorsById = new Map(successors.map((f) => [f.id, { ...f, asOf: isoDay(f.asOf) }]));
  const facts = topic.facts.map((fact) => ({
    id: fact.id,
    statement: fact.statement,
    asOf: isoDay(fact.asOf),
    status: fact.status,
    supersededBy: fact.supersededBy,
    successor: fact.supersededBy ? (successorsById.get(fact.supersededBy) ?? null) : null,
    note: fact.note,
    sources: citationsSchema.parse(fact.sources).flatMap<FactSource>((c) => {
      if ("article" in c) return [{ kind: "article", articleId: c.article, paragraph: c.paragraph, publications: publicationsByArticle.get(c.article) ?? [] }];
      const ref = referencesById.get(c.reference);
      if (!ref) return [];
      return [{ kind: "reference", referenceId: ref.id, section: c.section ?? null, publisher: ref.publisher, title: ref.title, url: ref.url, date: isoDay(ref.date) ?? "" }];
    }),
  }));
  return { ...topic, facts, related, flashcardCount: flashcards, questionCount: questions, mainsQuestionCount: mainsQuestions };
}
