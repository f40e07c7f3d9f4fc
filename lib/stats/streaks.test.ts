import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/quiz/seeded-random";
import { shiftStudyDay } from "@/lib/srs";
import { computeStreaks } from "./streaks";

const TODAY = "2026-05-11";
const ago = (n: number) => shiftStudyDay(TODAY, -n);

describe("computeStreaks", () => {
  it("has no streak without reviews", () => {
    expect(computeStreaks([], TODAY)).toEqual({ current: 0, longest: 0, reviewedToday: false });
  });

  it("does not break the current streak while today is still unreviewed", () => {
    expect(computeStreaks([ago(3), ago(2), ago(1)], TODAY)).toEqual({ current: 3, longest: 3, reviewedToday: false });
  });

  it("counts today once it has a review", () => {
    expect(computeStreaks([ago(2), ago(1), TODAY], TODAY)).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });

  it("is broken by a whole missed day", () => {
    expect(computeStreaks([ago(5), ago(4), ago(3), ago(2), TODAY], TODAY)).toEqual({ current: 1, longest: 4, reviewedToday: true });
    expect(computeStreaks([ago(3), ago(2)], TODAY)).toEqual({ current: 0, longest: 2, reviewedToday: false });
  });

  it("counts a day once however many reviews it has, across month ends", () => {
    expect(computeStreaks(["2026-02-27", "2026-02-28", "2026-02-28", "2026-03-01"], "2026-03-01").longest).toBe(3);
  });

  it("ignores days after today", () => {
    expect(computeStreaks([TODAY, shiftStudyDay(TODAY, 1)], TODAY)).toEqual({ current: 1, longest: 1, reviewedToday: true });
  });

  it("keeps its rules on random histories", () => {
    const random = createRandom("streak-rules");
    for (let run = 0; run < 200; run++) {
      const days = Array.from({ length: 60 }, (_, i) => ago(i)).filter(() => random() < 0.6);
      const s = computeStreaks(days, TODAY);
      expect(s.current).toBeLessThanOrEqual(s.longest);
      expect(s.longest).toBeLessThanOrEqual(new Set(days).size);
      expect(s.reviewedToday).toBe(days.includes(TODAY));
      // The current streak is exactly the run of reviewed days that ends today or yesterday.
      const start = s.reviewedToday ? 0 : 1;
      for (let i = start; i < start + s.current; i++) expect(days).toContain(ago(i));
      expect(days).not.toContain(ago(start + s.current));
    }
  });
});
