import "server-only";
import type { Db } from "@/server/db";
import { correctQuery, hasDevanagari } from "@/lib/search/typo-correct";
import { listTopics, type TopicCardRow } from "./topics";

/** Longest search text; a longer one is cut to this, with a note, rather than refused. */
export const MAX_TOPIC_QUERY = 200;

export interface TopicSearchResult {
  topics: TopicCardRow[];
  /** What was searched for, after trimming to MAX_TOPIC_QUERY; undefined without a search. */
  q: string | undefined;
  /** The query with misspelt words replaced by the closest content words, when that was searched instead. */
  correctedQ: string | null;
  notes: string[];
}

/**
 * Topic search as the page runs it: an over-long query is shortened (and says so), a Devanagari one gets
 * a note that the content is English for now, and words not in the content are corrected by trigram
 * similarity (lib/search) before the full-text search, so "semiconducter" finds semiconductors.
 */
export async function searchTopics(db: Db, rawQ: string | undefined, tag: string | undefined, privateTopicIds: readonly string[]): Promise<TopicSearchResult> {
  const notes: string[] = [];
  let q = rawQ?.trim() || undefined;
  if (q && q.length > MAX_TOPIC_QUERY) {
    q = q.slice(0, MAX_TOPIC_QUERY).trim();
    notes.push(`Your search was longer than ${MAX_TOPIC_QUERY} characters, so only the first ${MAX_TOPIC_QUERY} were used.`);
  }
  if (q && hasDevanagari(q)) notes.push("The notes are in English for now, so search in English words (for example: semiconductors, CEPA, shipbuilding).");
  const correctedQ = q ? correctQuery(q, await topicVocabulary(db)) : null;
  const topics = await listTopics(db, { q: correctedQ ?? q, tag }, privateTopicIds);
  return { topics, q, correctedQ, notes };
}

/**
 * Every word of the public topics' searchable text, lower-case (ts_stat over the same text the search
 * indexes). Private studio topics are left out, so a correction never reveals one of their words.
 */
async function topicVocabulary(db: Db): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ word: string }[]>`
    SELECT word FROM ts_stat($$
      SELECT to_tsvector('simple', t.title || ' ' || t.summary || ' ' || t."whyItMatters" || ' ' ||
        coalesce((SELECT string_agg(f.statement, ' ') FROM "Fact" f WHERE f."topicId" = t.id AND f."retiredAt" IS NULL), ''))
      FROM "Topic" t WHERE t."retiredAt" IS NULL AND t."ownerId" IS NULL
    $$)`;
  return new Set(rows.map((r) => r.word));
}
