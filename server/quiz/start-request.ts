import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/http";
import { mockTestSchema, startMockTest } from "./start-mock-test";
import { startTopicPractice } from "./start-practice";
import type { StartedAttempt } from "./start-attempt";

const practiceSchema = z.strictObject({
  mode: z.literal("practice"),
  topicId: z.string({ error: "topicId must be text" }).min(1, "topicId must not be empty"),
});

const modeSchema = z.object({ mode: z.enum(["practice", "mock"], { error: 'mode must be "practice" or "mock"' }) });

/** What the browser may start itself: practice on a topic, or a mock drawn from topics. */
export async function startFromRequest(db: Db, userId: string, body: unknown, now: Date): Promise<StartedAttempt> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("invalid_input", "The request body must be a JSON object.");
  const { mode } = parseInput(body, modeSchema);
  if (mode === "practice") return startTopicPractice(db, userId, parseInput(body, practiceSchema).topicId, now);
  return startMockTest(db, userId, parseInput(body, mockTestSchema), now);
}
