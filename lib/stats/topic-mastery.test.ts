import { describe, expect, it } from "vitest";
import { overallRecall, topicMastery } from "./topic-mastery";
import { daysAfter, newCard, reviewCard } from "./test-cards";

const NOW = new Date("2026-05-11T06:00:00Z");

describe("topicMastery", () => {
  it("averages current recall over introduced cards only (R = 0.9 after exactly S days)", () => {
    const cards = [
      reviewCard("a1", "a", { lastReview: NOW, stability: 10 }), // just reviewed: recall 1
      reviewCard("a2", "a", { lastReview: daysAfter(NOW, -10), stability: 10 }), // S days ago: 0.9
      newCard("a3", "a", NOW),
      reviewCard("b1", "b", { lastReview: daysAfter(NOW, -4), stability: 4 }),
    ];
    const topics = [
      { id: "a", title: "A", cardCount: 4 },
      { id: "b", title: "B", cardCount: 2 },
      { id: "c", title: "C", cardCount: 3 },
    ];
    const [a, b, c] = topicMastery(topics, cards, NOW);
    expect(a?.introduced).toBe(2);
    expect(a?.shareIntroduced).toBe(0.5);
    expect(a?.averageRecall).toBeCloseTo(0.95, 10);
    expect(b?.averageRecall).toBeCloseTo(0.9, 10);
    expect(b?.shareIntroduced).toBe(0.5);
    expect(c).toEqual({ topicId: "c", title: "C", cardCount: 3, introduced: 0, shareIntroduced: 0, averageRecall: null });
    expect(overallRecall(cards, NOW)).toBeCloseTo((1 + 0.9 + 0.9) / 3, 10);
  });

  it("keeps recall within 0..1 and falls as time passes", () => {
    const cards = [1, 3, 30, 200].map((s, i) => reviewCard(`c${i}`, "a", { lastReview: daysAfter(NOW, -5), stability: s }));
    const topics = [{ id: "a", title: "A", cardCount: 4 }];
    const now = topicMastery(topics, cards, NOW)[0]?.averageRecall ?? NaN;
    const later = topicMastery(topics, cards, daysAfter(NOW, 30))[0]?.averageRecall ?? NaN;
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThanOrEqual(1);
    expect(later).toBeLessThan(now);
  });
});
