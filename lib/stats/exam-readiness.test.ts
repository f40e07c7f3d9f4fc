import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/quiz/seeded-random";
import { createScheduler, DEFAULT_STUDY_SETTINGS } from "@/lib/srs";
import { examReadiness, predictRecall } from "./exam-readiness";
import { daysAfter, newCard, reviewCard } from "./test-cards";

const NOW = new Date("2026-05-11T06:00:00Z");
const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });

describe("predictRecall", () => {
  it("without study, recall on exam day is the forgetting curve: 0.9 when the exam is S days after the last review", () => {
    const card = reviewCard("c", "t", { lastReview: daysAfter(NOW, -2), stability: 12, intervalDays: 40 });
    const p = predictRecall(card.schedule, daysAfter(NOW, 10), NOW, scheduler);
    expect(p?.noStudy).toBeCloseTo(0.9, 10);
    // Due after the exam: keeping the schedule changes nothing.
    expect(p?.keepSchedule).toBe(p?.noStudy);
    expect(p?.reviewsBeforeExam).toBe(0);
  });

  it("keeping the schedule reviews the card at its due dates, which holds recall up", () => {
    const card = reviewCard("c", "t", { lastReview: daysAfter(NOW, -3), stability: 3, intervalDays: 3 });
    const p = predictRecall(card.schedule, daysAfter(NOW, 120), NOW, scheduler);
    expect(p?.reviewsBeforeExam).toBeGreaterThanOrEqual(2);
    expect(p?.noStudy).toBeLessThan(0.7);
    expect(p?.keepSchedule).toBeGreaterThanOrEqual(0.85);
  });

  it("is null for a card never studied", () => {
    expect(predictRecall(newCard("n", "t", NOW).schedule, daysAfter(NOW, 5), NOW, scheduler)).toBeNull();
  });

  it("never predicts worse for keeping the schedule, on random cards", () => {
    const random = createRandom("exam-rules");
    for (let i = 0; i < 200; i++) {
      const stability = 0.2 + random() * 100;
      const card = reviewCard("c", "t", {
        lastReview: daysAfter(NOW, -random() * 60),
        stability,
        intervalDays: Math.max(1, Math.round(stability * (0.5 + random()))),
      });
      const p = predictRecall(card.schedule, daysAfter(NOW, 1 + random() * 300), NOW, scheduler);
      expect(p).not.toBeNull();
      expect(p!.noStudy).toBeGreaterThan(0);
      expect(p!.keepSchedule).toBeLessThanOrEqual(1);
      expect(p!.keepSchedule).toBeGreaterThanOrEqual(p!.noStudy - 1e-12);
    }
  });
});

describe("examReadiness", () => {
  const exam = daysAfter(NOW, 30);
  const cards = [
    reviewCard("a1", "a", { lastReview: NOW, stability: 30, intervalDays: 60, factIds: ["f1"] }), // 0.9 on exam day
    reviewCard("a2", "a", { lastReview: NOW, stability: 2, intervalDays: 60, factIds: ["f1", "f2"] }), // weak: f1 and f2
    reviewCard("b1", "b", { lastReview: NOW, stability: 300, intervalDays: 400, factIds: ["f3"] }),
    newCard("b2", "b", NOW),
  ];
  const topics = [
    { id: "a", title: "A", cardCount: 2 },
    { id: "b", title: "B", cardCount: 2 },
  ];

  it("averages the predictions per topic over introduced cards", () => {
    const result = examReadiness(topics, cards, exam, NOW, scheduler);
    const a = result.topics[0];
    const weak = predictRecall(cards[1]!.schedule, exam, NOW, scheduler)!.noStudy;
    expect(a?.introduced).toBe(2);
    expect(a?.noStudy).toBeCloseTo((0.9 + weak) / 2, 10);
    expect(result.topics[1]?.introduced).toBe(1);
  });

  it("lists each fact once, by its weakest card, weakest first", () => {
    const result = examReadiness(topics, cards, exam, NOW, scheduler);
    // f1 and f2 share the weak card a2, so they tie and fall back to id order.
    expect(result.weakestFacts.map((f) => f.factId)).toEqual(["f1", "f2", "f3"]);
    const [f1, f2, f3] = result.weakestFacts;
    expect(f1?.noStudy).toBe(f2?.noStudy);
    expect(f3?.noStudy).toBeGreaterThan(f1?.noStudy ?? 1);
    expect(f1?.topicId).toBe("a");
    expect(examReadiness(topics, cards, exam, NOW, scheduler, 1).weakestFacts).toHaveLength(1);
  });
});
