import type { LoadedContent } from "./load-content";
import { countWords } from "@/lib/format/words";
import { isArticleCitation, lineAt, SUMMARY_WORDS, type ContentError, type Fact, type Located } from "./schema";

/**
 * Wording that makes a statement true only at some moment ("currently", "remains", "so far").
 * Such a fact needs `asOf`, so the reader knows when it was last true.
 */
const TIME_BOUND_WORDING = /\b(currently|now|so far|to date|as of|remains?|still|ongoing|pending|under way|under negotiation|latest|most recent|recently|at present)\b/i;

/** Why `fact` needs an `asOf` date, or null if it does not. */
export function timeBoundReason(fact: Fact, supersedesAnother: boolean): string | null {
  if (fact.status === "superseded") return "it is superseded";
  if (supersedesAnother) return "it supersedes another fact";
  const word = TIME_BOUND_WORDING.exec(fact.statement)?.[0];
  return word === undefined ? null : `its statement says "${word}"`;
}

type Where = { located: Located<unknown>; path: (string | number)[] };

function at({ located, path }: Where, message: string): ContentError {
  return { file: located.file, line: lineAt(located.lines, path), message };
}

/** Counts for the one-line report of `content:check`. */
export function countContent(content: LoadedContent) {
  return {
    topics: content.topics.length,
    facts: content.topics.reduce((n, t) => n + t.data.facts.length, 0),
    flashcards: content.topics.reduce((n, t) => n + t.data.flashcards.length, 0),
    questions: content.questions.reduce((n, q) => n + q.data.questions.length, 0),
  };
}

/**
 * Cross-reference checks over content that already passed the schemas:
 * unique ids, citations inside their article, references that resolve, no orphans.
 * Pure: everything it needs, including line numbers, is in `content`.
 */
export function checkContent(content: LoadedContent): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, kind: string, where: Where) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, `${kind} in ${where.located.file}`);
    else errors.push(at(where, `duplicate id "${id}": ${kind} reuses the id of the ${first}`));
  };

  const articles = new Map<string, number>();
  content.sources?.data.articles.forEach((article, i) => {
    const where = { located: content.sources as Located<unknown>, path: ["articles", i, "id"] };
    if (articles.has(article.id)) errors.push(at(where, `duplicate article id "${article.id}"`));
    articles.set(article.id, article.paragraphCount);
  });
  const references = new Set<string>();
  content.sources?.data.references.forEach((reference, i) => {
    const where = { located: content.sources as Located<unknown>, path: ["references", i, "id"] };
    if (references.has(reference.id) || articles.has(reference.id)) errors.push(at(where, `duplicate source id "${reference.id}": articles and references share one id space`));
    references.add(reference.id);
  });

  const topicIds = new Set<string>();
  const factIds = new Set<string>();
  const orders = new Map<number, string>();
  for (const file of content.topics) {
    const { topic, facts, flashcards } = file.data;
    claim(topic.id, "topic", { located: file, path: ["topic", "id"] });
    topicIds.add(topic.id);
    facts.forEach((f, i) => {
      claim(f.id, "fact", { located: file, path: ["facts", i, "id"] });
      factIds.add(f.id);
    });
    flashcards.forEach((c, i) => claim(c.id, "flashcard", { located: file, path: ["flashcards", i, "id"] }));
    const other = orders.get(topic.order);
    if (other !== undefined) errors.push(at({ located: file, path: ["topic", "order"] }, `topic order ${topic.order} is already used by topic "${other}"`));
    orders.set(topic.order, topic.id);
  }
  for (const file of content.questions) {
    file.data.questions.forEach((q, i) => claim(q.id, "question", { located: file, path: ["questions", i, "id"] }));
  }

  const supersedingFacts = new Set(content.topics.flatMap((t) => t.data.facts.flatMap((f) => (f.supersededBy ? [f.supersededBy] : []))));
  const usedFacts = new Set<string>();
  for (const file of content.topics) {
    const { topic, facts, flashcards } = file.data;
    const w = (...path: (string | number)[]) => ({ located: file, path });
    const expectedName = `${topic.id}.yaml`;
    if (file.file.split(/[\\/]/).pop() !== expectedName) {
      errors.push(at(w("topic", "id"), `file name should be ${expectedName} to match topic id "${topic.id}"`));
    }
    const words = countWords(topic.summary);
    if (words < SUMMARY_WORDS.min || words > SUMMARY_WORDS.max) {
      errors.push(at(w("topic", "summary"), `summary has ${words} words; it must have ${SUMMARY_WORDS.min}-${SUMMARY_WORDS.max}`));
    }
    topic.relatedTopics.forEach((rel, i) => {
      if (rel === topic.id) errors.push(at(w("topic", "relatedTopics", i), `topic "${topic.id}" lists itself as related`));
      else if (!topicIds.has(rel)) errors.push(at(w("topic", "relatedTopics", i), `related topic "${rel}" does not exist`));
    });
    if (facts.length === 0) errors.push(at(w("topic", "id"), `orphan topic "${topic.id}": it has no facts`));

    facts.forEach((fact, i) => {
      fact.sources.forEach((cite, j) => {
        if (!isArticleCitation(cite)) {
          if (!references.has(cite.reference)) errors.push(at(w("facts", i, "sources", j, "reference"), `fact "${fact.id}" cites unknown reference "${cite.reference}"`));
          return;
        }
        const count = articles.get(cite.article);
        if (count === undefined) {
          errors.push(at(w("facts", i, "sources", j, "article"), `fact "${fact.id}" cites unknown article "${cite.article}"`));
        } else if (cite.paragraph >= count) {
          errors.push(at(w("facts", i, "sources", j, "paragraph"), `fact "${fact.id}" cites paragraph ${cite.paragraph} of "${cite.article}", which has paragraphs 0-${count - 1}`));
        }
      });
      const reason = timeBoundReason(fact, supersedingFacts.has(fact.id));
      if (fact.asOf === undefined && reason !== null) {
        errors.push(at(w("facts", i, "id"), `fact "${fact.id}" needs asOf (the date it is true as of): ${reason}`));
      } else if (fact.asOf !== undefined && fact.asOf > topic.asOf) {
        errors.push(at(w("facts", i, "asOf"), `fact "${fact.id}" is as of ${fact.asOf}, after its topic's asOf ${topic.asOf}`));
      }
      if (fact.supersededBy === fact.id) {
        errors.push(at(w("facts", i, "supersededBy"), `fact "${fact.id}" cannot supersede itself`));
      } else if (fact.supersededBy !== undefined && !factIds.has(fact.supersededBy)) {
        errors.push(at(w("facts", i, "supersededBy"), `fact "${fact.id}" is superseded by unknown fact "${fact.supersededBy}"`));
      }
    });

    flashcards.forEach((card, i) => {
      card.factIds.forEach((factId, j) => {
        usedFacts.add(factId);
        if (!factIds.has(factId)) errors.push(at(w("flashcards", i, "factIds", j), `flashcard "${card.id}" points to unknown fact "${factId}"`));
      });
    });
  }

  for (const file of content.questions) {
    file.data.questions.forEach((q, i) => {
      q.factIds.forEach((factId, j) => {
        usedFacts.add(factId);
        if (!factIds.has(factId)) errors.push(at({ located: file, path: ["questions", i, "factIds", j] }, `question "${q.id}" points to unknown fact "${factId}"`));
      });
      q.topicIds.forEach((topicId, j) => {
        if (!topicIds.has(topicId)) errors.push(at({ located: file, path: ["questions", i, "topicIds", j] }, `question "${q.id}" points to unknown topic "${topicId}"`));
      });
    });
  }

  const timeline = content.timeline;
  timeline?.data.events.forEach((event, i) => {
    claim(event.id, "timeline event", { located: timeline, path: ["events", i, "id"] });
    event.factIds.forEach((factId, j) => {
      if (!factIds.has(factId)) errors.push(at({ located: timeline, path: ["events", i, "factIds", j] }, `timeline event "${event.id}" points to unknown fact "${factId}"`));
    });
  });

  for (const file of content.topics) {
    file.data.facts.forEach((fact, i) => {
      if (!usedFacts.has(fact.id)) {
        errors.push(at({ located: file, path: ["facts", i, "id"] }, `orphan fact "${fact.id}": no flashcard or question uses it`));
      }
    });
  }
  return errors;
}
