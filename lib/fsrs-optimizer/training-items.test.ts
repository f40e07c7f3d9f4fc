import { describe, expect, it } from "vitest";
import { toTrainingItems, type HistoryReview } from "./training-items";

const clock = { timeZone: "Asia/Kolkata", dayStartHour: 4 };
const at = (iso: string) => new Date(iso);
const review = (cardId: string, rating: number, iso: string, state: HistoryReview["state"] = "review"): HistoryReview => ({ cardId, rating, state, reviewedAt: at(iso) });

describe("toTrainingItems", () => {
  it("counts gaps in the student's study days and makes one item per answer on a later day", () => {
    const items = toTrainingItems(
      [
        // Out of order on purpose: answers are sorted by time per card.
        review("a", 3, "2026-03-04T05:00:00Z"),
        review("a", 3, "2026-03-01T05:00:00Z", "new"),
        review("a", 3, "2026-03-01T05:10:00Z", "learning"), // same study day: deltaT 0, predicts nothing
        // 02:00 IST on 4 March (20:30Z on the 3rd) still belongs to study day 3 March.
        review("a", 1, "2026-03-03T20:30:00Z"),
      ],
      clock,
    );
    expect(items).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 1, deltaT: 2 }, { rating: 3, deltaT: 1 }],
    ]);
  });

  it("starts a reset card over, and leaves out a card whose first answer is missing", () => {
    const items = toTrainingItems(
      [
        review("a", 3, "2026-03-01T05:00:00Z", "new"),
        review("a", 1, "2026-03-05T05:00:00Z"),
        review("a", 4, "2026-03-10T05:00:00Z", "new"), // after a reset
        review("a", 3, "2026-03-20T05:00:00Z"),
        review("b", 3, "2026-03-01T05:00:00Z", "review"),
        review("b", 3, "2026-03-09T05:00:00Z", "review"),
      ],
      clock,
    );
    expect(items).toEqual([[{ rating: 4, deltaT: 0 }, { rating: 3, deltaT: 10 }]]);
  });
});
