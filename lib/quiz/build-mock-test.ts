import { z } from "zod";
import { isPrelimsQuestion, type PrelimsQuestion, type Question } from "../content/question-schema";
import { seededShuffle } from "./seeded-random";

export const mockTestRequestSchema = z.strictObject({
  topicIds: z.array(z.string().min(1, "topic ids must not be empty")).min(1, "choose at least one topic"),
  count: z.number().int("count must be a whole number").min(1, "count must be at least 1"),
  seed: z.union([z.string(), z.number()], { error: "seed must be text or a number" }),
});
export type MockTestRequest = z.infer<typeof mockTestRequestSchema>;

export class NotEnoughQuestionsError extends Error {
  constructor(
    readonly requested: number,
    readonly available: number,
    readonly topicIds: readonly string[],
  ) {
    super(`asked for ${requested} questions on ${topicIds.join(", ")}, but only ${available} prelims questions cover those topics`);
    this.name = "NotEnoughQuestionsError";
  }
}

/**
 * Picks `count` prelims questions touching any chosen topic, in a seeded random order.
 * The pool is sorted by id before shuffling, so the same seed gives the same test however the
 * content loader happened to order the questions.
 */
export function buildMockTest(questions: readonly Question[], request: MockTestRequest): PrelimsQuestion[] {
  const { topicIds, count, seed } = mockTestRequestSchema.parse(request);
  const wanted = new Set(topicIds);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) throw new Error(`question ${q.id} appears twice in the question bank`);
    seen.add(q.id);
  }
  const pool = questions
    .filter(isPrelimsQuestion)
    .filter((q) => q.topicIds.some((t) => wanted.has(t)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length < count) throw new NotEnoughQuestionsError(count, pool.length, [...wanted]);
  return seededShuffle(pool, seed).slice(0, count);
}
