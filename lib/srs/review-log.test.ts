import { describe, expect, it } from "vitest";
import { GRADES } from "./review-log";
import { gradeSchema, reviewLogEntrySchema } from "./schemas";
import { createScheduler, scheduleReview } from "./schedule-review";
import { DEFAULT_STUDY_SETTINGS } from "./settings";
import { situations } from "./test-support";

const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });

describe("review log", () => {
  it("survives a JSON round trip through its schema for every grade and state", () => {
    for (const { schedule, now } of situations(200, scheduler, "review-log")) {
      for (const grade of GRADES) {
        const { log } = scheduleReview(schedule, grade, now, scheduler);
        expect(reviewLogEntrySchema.parse(JSON.parse(JSON.stringify(log)))).toEqual(log);
      }
    }
  });

  it("accepts only the four grades", () => {
    for (const grade of GRADES) expect(gradeSchema.parse(grade)).toBe(grade);
    for (const bad of [0, 5, 2.5, "3", null]) {
      expect(gradeSchema.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe(
        "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
      );
    }
  });
});
