import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { mockTestSchema, startMockTest } from "./start-mock-test";
import { startTopicPractice } from "./start-practice";
import type { StartedAttempt } from "./start-attempt";

const practiceSchema = z.strictObject({
  mode: z.literal("practice"),
  topicId: z.string({ error: "topicId must be text" }).min(1, "topicId must not be empty"),
});

/** What the browser may start itself: practice on a topic, or a mock drawn from topics. */
export const startRequestSchema = z.discriminatedUnion("mode", [practiceSchema, mockTestSchema], { error: 'mode must be "practice" or "mock"' });
export type StartRequest = z.output<typeof startRequestSchema>;

export async function startFromRequest(db: Db, userId: string, input: StartRequest, now: Date): Promise<StartedAttempt> {
  return input.mode === "practice" ? startTopicPractice(db, userId, input.topicId, now) : startMockTest(db, userId, input, now);
}
