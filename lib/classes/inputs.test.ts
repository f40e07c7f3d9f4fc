import { describe, expect, it } from "vitest";
import { createAssignmentSchema, createClassSchema, joinClassSchema, topicSetSchema, updateAssignmentSchema } from "./inputs";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];
const base = { topicSetId: "ts1", kind: "review", startsAt: "2026-12-01T09:00:00+05:30", dueAt: "2026-12-08T09:00:00+05:30" } as const;

describe("assignment input", () => {
  it("rejects a due date at or before the start, naming the due date", () => {
    for (const dueAt of ["2026-12-01T09:00:00+05:30", "2026-11-30T09:00:00+05:30"]) {
      const result = createAssignmentSchema.safeParse({ ...base, dueAt });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["dueAt"], message: "The due date must be after the start date." });
    }
  });

  it("needs a question count and a time limit exactly when the kind includes a test", () => {
    expect(createAssignmentSchema.safeParse(base).success).toBe(true);
    for (const kind of ["practice", "both"] as const) {
      expect(messages(createAssignmentSchema.safeParse({ ...base, kind }))).toEqual(["Say how many questions the test has.", "Set a time limit for the test."]);
      expect(createAssignmentSchema.safeParse({ ...base, kind, questionCount: 3, timeLimitMinutes: 5 }).success).toBe(true);
    }
  });

  it("reads offsets, so the same instant typed in two zones is the same date", () => {
    const a = createAssignmentSchema.parse({ ...base, startsAt: "2026-12-01T03:30:00Z" });
    expect(a.startsAt.getTime()).toBe(new Date("2026-12-01T09:00:00+05:30").getTime());
    expect(createAssignmentSchema.safeParse({ ...base, startsAt: "next monday" }).success).toBe(false);
  });

  it("an update must change something", () => {
    expect(updateAssignmentSchema.safeParse({}).success).toBe(false);
    expect(updateAssignmentSchema.safeParse({ archived: true }).success).toBe(true);
  });
});

describe("topic set and class input", () => {
  it("refuses an empty topic set with a message saying why", () => {
    expect(messages(topicSetSchema.safeParse({ name: "Week 1", topicIds: [] }))).toEqual(["Choose at least one topic: a topic set cannot be empty."]);
    expect(topicSetSchema.parse({ name: " Week 1 ", topicIds: ["a"] })).toEqual({ name: "Week 1", topicIds: ["a"], questionIds: [] });
    expect(topicSetSchema.safeParse({ name: "x", topicIds: ["a", "a"] }).success).toBe(false);
  });

  it("accepts a class with a name and a plausible exam year only", () => {
    expect(createClassSchema.safeParse({ name: "Evening batch", examYear: 2027 }).success).toBe(true);
    expect(createClassSchema.safeParse({ name: "  ", examYear: 2027 }).success).toBe(false);
    expect(createClassSchema.safeParse({ name: "A", examYear: 27 }).success).toBe(false);
  });

  it("normalises a typed join code and explains a malformed one", () => {
    expect(joinClassSchema.parse({ code: "abcde-fgh23" })).toEqual({ code: "ABCDEFGH23" });
    expect(messages(joinClassSchema.safeParse({ code: "abc" }))).toEqual(["A join code has 10 letters and digits, like ABCDE-FGH23."]);
    expect(messages(joinClassSchema.safeParse({ code: "" }))).toEqual(["Enter the join code your teacher gave you."]);
  });
});
