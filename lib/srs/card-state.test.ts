import { describe, expect, it } from "vitest";
import { fromFsrsCard, newCardSchedule, toFsrsCard } from "./card-state";
import { cardScheduleSchema } from "./schemas";
import { createScheduler } from "./schedule-review";
import { DEFAULT_STUDY_SETTINGS } from "./settings";
import { situations, START } from "./test-support";

const cases = situations(300, createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false }), "card-state");

describe("card-state converters", () => {
  it("round-trip every generated schedule through a ts-fsrs Card unchanged", () => {
    for (const { schedule } of cases) expect(fromFsrsCard(toFsrsCard(schedule))).toEqual(schedule);
  });

  it("copy dates so neither side can change the other", () => {
    const schedule = cases.find((c) => c.schedule.lastReview)?.schedule;
    if (!schedule?.lastReview) throw new Error("no reviewed card generated");
    const card = toFsrsCard(schedule);
    card.due.setTime(0);
    card.last_review?.setTime(0);
    expect(schedule.due.getTime()).not.toBe(0);
    expect(schedule.lastReview.getTime()).not.toBe(0);
  });

  it("starts a new card due now with no last review", () => {
    expect(newCardSchedule(START)).toMatchObject({ state: "new", due: START, lastReview: null, reps: 0 });
  });
});

describe("cardScheduleSchema", () => {
  it("accepts every generated schedule, also after a JSON round trip", () => {
    for (const { schedule } of cases) {
      expect(cardScheduleSchema.parse(JSON.parse(JSON.stringify(schedule)))).toEqual(schedule);
    }
  });

  it("rejects a reviewed card without a last review, and an unknown state", () => {
    const reviewed = cases.find((c) => c.schedule.state === "review")?.schedule;
    expect(cardScheduleSchema.safeParse({ ...reviewed, lastReview: null }).success).toBe(false);
    expect(cardScheduleSchema.safeParse({ ...reviewed, state: "graduated" }).error?.issues[0]?.message).toBe(
      "Card state must be new, learning, review or relearning",
    );
  });
});
