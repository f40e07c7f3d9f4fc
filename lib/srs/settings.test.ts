import { describe, expect, it } from "vitest";
import { newCardSchedule } from "./card-state";
import { createScheduler, previewIntervals } from "./schedule-review";
import { DEFAULT_STUDY_SETTINGS, isStepUnit, parseStudySettings, studySettingsSchema } from "./settings";
import { START } from "./test-support";

const messages = (input: unknown) => {
  const result = studySettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("studySettingsSchema", () => {
  it("fills every field with its default", () => {
    expect(DEFAULT_STUDY_SETTINGS).toEqual({
      desiredRetention: 0.9,
      newCardsPerDay: 20,
      maxReviewsPerDay: 200,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      timeZone: "Asia/Kolkata",
      dayStartHour: 4,
      burySiblings: true,
      fsrsParameters: [],
    });
  });

  it("takes FSRS parameters only as empty (the defaults) or 21 finite numbers", () => {
    const w = Array.from({ length: 21 }, () => 0.5);
    expect(parseStudySettings({ fsrsParameters: w }).fsrsParameters).toEqual(w);
    expect(parseStudySettings({ fsrsParameters: [] }).fsrsParameters).toEqual([]);
    for (const bad of [w.slice(0, 19), [...w, 1], [...w.slice(1), Number.NaN], "w"]) {
      expect(() => parseStudySettings({ fsrsParameters: bad })).toThrow(/FSRS parameters must be empty \(the defaults\) or 21 finite numbers/);
    }
  });

  it("accepts the edges of every range and rejects just outside them, with a specific message", () => {
    const edges: [string, number, number, number, RegExp][] = [
      ["desiredRetention", 0.7, 0.97, 0.01, /^Desired retention must be between 0.70 and 0.97$/],
      ["newCardsPerDay", 0, 500, 1, /^New cards per day must be a whole number between 0 and 500$/],
      ["maxReviewsPerDay", 1, 10000, 1, /^Maximum reviews per day must be a whole number between 1 and 10000$/],
      ["dayStartHour", 0, 23, 1, /^Day start hour must be a whole number between 0 and 23$/],
    ];
    for (const [field, min, max, step, message] of edges) {
      expect(messages({ [field]: min })).toEqual([]);
      expect(messages({ [field]: max })).toEqual([]);
      for (const bad of [min - step, max + step, "5", null]) {
        const found = messages({ [field]: bad });
        expect(found, `${field}=${String(bad)}`).toHaveLength(1);
        expect(found[0]).toMatch(message);
      }
    }
  });

  it("rejects fractional counts", () => {
    expect(messages({ newCardsPerDay: 2.5 })).toEqual([
      "New cards per day must be a whole number between 0 and 500",
    ]);
  });

  it("accepts step strings that ts-fsrs understands and rejects the rest", () => {
    for (const good of ["1m", "10m", "1h", "1d", "90m"]) expect(isStepUnit(good), good).toBe(true);
    for (const bad of ["0m", "10", "m", "1.5m", "-1m", "10 m", "1s", "1M", "01m", 10]) {
      expect(isStepUnit(bad), String(bad)).toBe(false);
    }
    const parsed = studySettingsSchema.parse({ learningSteps: ["2m", "1h"], relearningSteps: [] });
    const labels = previewIntervals(newCardSchedule(START), START, createScheduler(parsed, { fuzz: false }));
    expect(labels.map((p) => p.label).slice(0, 3)).toEqual(["2m", "31m", "1h"]);
    expect(messages({ learningSteps: ["1m", "ten minutes"] })).toEqual([
      "Learning steps must look like 1m, 10m, 1h or 1d (a whole number followed by m, h or d)",
    ]);
    expect(messages({ relearningSteps: "10m" })).toEqual([
      'Relearning steps must be a list of steps such as ["1m", "10m"]',
    ]);
  });

  it("checks the time zone with Intl", () => {
    for (const zone of ["Asia/Kolkata", "America/New_York", "Europe/London", "UTC"]) {
      expect(messages({ timeZone: zone }), zone).toEqual([]);
    }
    expect(messages({ timeZone: "Mars/Olympus" })).toEqual([
      "Time zone must be an IANA name such as Asia/Kolkata",
    ]);
  });
});
