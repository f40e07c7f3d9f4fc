import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import type { FieldIssue } from "@/lib/api/error-body";
import type { PersonalCardInput } from "@/lib/personal-cards/card-input";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";

export interface Attachment {
  topicId: string | null;
  factIds: string[];
}

/**
 * Where each card goes: a fact (and so its topic), a topic, or nowhere. Only live topics and facts this
 * student may see can be named; anything else is refused by field (`path(index, field)`), so a private
 * topic's id is answered exactly like one that does not exist. Two queries, whatever the batch size.
 */
export async function resolveAttachments(
  tx: DbTransaction,
  userId: string,
  cards: readonly Pick<PersonalCardInput, "topicId" | "factId">[],
  path: (index: number, field: "topicId" | "factId") => string,
): Promise<Attachment[]> {
  const topicIds = [...new Set(cards.flatMap((c) => (c.topicId ? [c.topicId] : [])))];
  const factIds = [...new Set(cards.flatMap((c) => (c.factId ? [c.factId] : [])))];
  if (topicIds.length === 0 && factIds.length === 0) return cards.map(() => ({ topicId: null, factIds: [] }));

  const privateIds = await privateTopicIdsFor(tx, { id: userId });
  const visible = { retiredAt: null, ...visibleTopics(privateIds) };
  const [topics, facts] = await Promise.all([
    topicIds.length ? tx.topic.findMany({ where: { id: { in: topicIds }, ...visible }, select: { id: true } }) : [],
    factIds.length ? tx.fact.findMany({ where: { id: { in: factIds }, retiredAt: null, topic: visible }, select: { id: true, topicId: true } }) : [],
  ]);
  const knownTopics = new Set(topics.map((t) => t.id));
  const factTopic = new Map(facts.map((f) => [f.id, f.topicId]));

  const issues: FieldIssue[] = [];
  const resolved = cards.map((card, index): Attachment => {
    if (card.factId) {
      const topicId = factTopic.get(card.factId);
      if (topicId === undefined) {
        issues.push({ path: path(index, "factId"), message: `There is no fact "${card.factId}" to attach this card to.` });
        return { topicId: null, factIds: [] };
      }
      if (card.topicId && card.topicId !== topicId) {
        issues.push({ path: path(index, "topicId"), message: `Fact "${card.factId}" belongs to another topic.` });
      }
      return { topicId, factIds: [card.factId] };
    }
    if (card.topicId) {
      if (!knownTopics.has(card.topicId)) issues.push({ path: path(index, "topicId"), message: `There is no topic "${card.topicId}" to attach this card to.` });
      return { topicId: card.topicId, factIds: [] };
    }
    return { topicId: null, factIds: [] };
  });
  if (issues.length > 0) {
    const first = issues[0]?.message ?? "";
    throw new AppError("invalid_input", issues.length === 1 ? first : `${issues.length} cards name a topic or fact that does not exist.`, { issues });
  }
  return resolved;
}

/** A topic or fact a new card may be attached to, named for the form; null when the student may not see it. */
export async function findCardAttachment(
  db: DbTransaction | Db,
  userId: string,
  ids: { topicId?: string | undefined; factId?: string | undefined },
): Promise<{ topicId: string; topicTitle: string; factId: string | null; factStatement: string | null } | null> {
  const visible = { retiredAt: null, ...visibleTopics(await privateTopicIdsFor(db, { id: userId })) };
  if (ids.factId) {
    const fact = await db.fact.findFirst({
      where: { id: ids.factId, retiredAt: null, topic: visible },
      select: { id: true, statement: true, topic: { select: { id: true, title: true } } },
    });
    if (fact) return { topicId: fact.topic.id, topicTitle: fact.topic.title, factId: fact.id, factStatement: fact.statement };
  }
  if (!ids.topicId) return null;
  const topic = await db.topic.findFirst({ where: { id: ids.topicId, ...visible }, select: { id: true, title: true } });
  return topic ? { topicId: topic.id, topicTitle: topic.title, factId: null, factStatement: null } : null;
}
