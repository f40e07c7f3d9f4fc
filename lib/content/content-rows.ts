import { createHash } from "node:crypto";
import type { LoadedContent } from "./load-content";
import { isArticleCitation, timelineYear, type SourceArticle } from "./schema";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The database rows that curated content becomes, each with a hash of its fields so a
 * sync writes only what changed. Pure: the same content always gives the same rows.
 */
export type ContentRows = {
  articles: { id: string; title: string; paragraphCount: number; sources: unknown; contentHash: string }[];
  references: { id: string; publisher: string; title: string; url: string; date: Date; contentHash: string }[];
  topics: { id: string; title: string; summary: string; whyItMatters: string; syllabusTags: string[]; relatedTopics: string[]; asOf: Date; order: number; contentHash: string }[];
  facts: { id: string; topicId: string; statement: string; value: unknown; sources: unknown; asOf: Date | null; status: "current" | "superseded"; supersededBy: string | null; note: string | null; order: number; contentHash: string }[];
  flashcards: { id: string; topicId: string; factIds: string[]; kind: "basic" | "cloze"; front: string; back: string; hint: string | null; order: number; contentHash: string }[];
  questions: { id: string; kind: string; topicIds: string[]; factIds: string[]; difficulty: string; syllabusTag: string; data: unknown; order: number; contentHash: string }[];
  timeline: { id: string; date: string; year: number; title: string; factIds: string[]; order: number; contentHash: string }[];
};

/** JSON with sorted keys, so reordering keys in a YAML file is not a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

function withHash<T extends object>(row: T): T & { contentHash: string } {
  return { ...row, contentHash: createHash("sha256").update(canonical(row)).digest("hex").slice(0, 32) };
}

/** An article's row, hashed as content sync hashes it; the studio stores its uploads the same way so an export round-trips. */
export function articleRow(article: Pick<SourceArticle, "id" | "label" | "paragraphCount" | "sources">): ContentRows["articles"][number] {
  return withHash({ id: article.id, title: article.label, paragraphCount: article.paragraphCount, sources: { publications: article.sources } });
}

export function contentRows(content: LoadedContent): ContentRows {
  const articles = content.sources?.data.articles ?? [];
  const rows: ContentRows = { articles: [], references: [], topics: [], facts: [], flashcards: [], questions: [], timeline: [] };
  for (const article of articles) rows.articles.push(articleRow(article));
  for (const reference of content.sources?.data.references ?? []) {
    const { id, publisher, title, url, date } = reference;
    rows.references.push(withHash({ id, publisher, title, url, date: day(date) }));
  }
  for (const { data } of content.topics) {
    const { topic } = data;
    rows.topics.push(withHash({ ...topic, asOf: day(topic.asOf) }));
    data.facts.forEach((fact, order) =>
      rows.facts.push(
        withHash({
          id: fact.id,
          topicId: topic.id,
          statement: fact.statement,
          value: fact.value ?? null,
          sources: fact.sources.map((s) => (isArticleCitation(s) ? { article: s.article, paragraph: s.paragraph } : { reference: s.reference, ...(s.section === undefined ? {} : { section: s.section }) })),
          asOf: fact.asOf === undefined ? null : day(fact.asOf),
          status: fact.status,
          supersededBy: fact.supersededBy ?? null,
          note: fact.note ?? null,
          order,
        }),
      ),
    );
    data.flashcards.forEach((card, order) =>
      rows.flashcards.push(withHash({ id: card.id, topicId: topic.id, factIds: card.factIds, kind: card.kind, front: card.front, back: card.back, hint: card.hint ?? null, order })),
    );
  }
  // A question's order is its place in its own file, like a fact's in its topic: adding a question file
  // (a studio topic exported by content:export) then changes no other question's row or hash.
  for (const file of content.questions) {
    file.data.questions.forEach((question, order) =>
      rows.questions.push(
        withHash({ id: question.id, kind: question.kind, topicIds: question.topicIds, factIds: question.factIds, difficulty: question.difficulty, syllabusTag: question.syllabusTag, data: question, order }),
      ),
    );
  }
  content.timeline?.data.events.forEach((event, i) =>
    rows.timeline.push(withHash({ id: event.id, date: event.date, year: timelineYear(event.date), title: event.title, factIds: event.factIds, order: i })),
  );
  return rows;
}
