import { describe, expect, it } from "vitest";
import { isPrelimsQuestion, type PrelimsQuestion } from "@/lib/content/question-schema";
import { UPSC_GS1_SCHEME } from "@/lib/quiz/marking-scheme";
import { singleQ } from "@/lib/quiz/test-fixtures";
import { mockHistory } from "./mock-history";

const questions = [0, 1, 2, 3, 0, 1].map((correct, i) => singleQ(correct, { id: `q${i}` })).filter(isPrelimsQuestion) as PrelimsQuestion[];

describe("mockHistory", () => {
  it("scores each test from its answers, oldest first, with the marks the penalty took", () => {
    const points = mockHistory(
      [
        {
          attemptId: "late",
          submittedAt: new Date("2026-05-11T10:00:00Z"),
          questions,
          // 3 right (+6), 2 wrong (−4/3), 1 blank.
          answers: [
            { questionId: "q0", chosenIndex: 0 },
            { questionId: "q1", chosenIndex: 1 },
            { questionId: "q2", chosenIndex: 2 },
            { questionId: "q3", chosenIndex: 0 },
            { questionId: "q4", chosenIndex: 3 },
            { questionId: "q5", chosenIndex: null },
          ],
        },
        { attemptId: "early", submittedAt: new Date("2026-05-01T10:00:00Z"), questions: questions.slice(0, 2), answers: [] },
      ],
      UPSC_GS1_SCHEME,
    );
    expect(points.map((p) => p.attemptId)).toEqual(["early", "late"]);
    expect(points[0]).toMatchObject({ questions: 2, correct: 0, wrong: 0, blank: 2, marks: 0, maxMarks: 4, accuracy: null, marksLost: 0 });
    const late = points[1]!;
    expect(late).toMatchObject({ questions: 6, correct: 3, wrong: 2, blank: 1, maxMarks: 12, accuracy: 0.6 });
    expect(late.marks).toBeCloseTo(6 - 4 / 3, 12);
    expect(late.marksLost).toBeCloseTo(4 / 3, 12);
    expect(late.scoreShare).toBeCloseTo((6 - 4 / 3) / 12, 12);
    // Rule: the marks plus what the penalty took are exactly the marks for right answers.
    expect(late.marks + late.marksLost).toBeCloseTo(late.correct * 2, 12);
  });
});
