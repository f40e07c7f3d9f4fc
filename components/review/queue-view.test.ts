import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/srs";
import type { GradeOp, QueueCardDto, ReviewQueueDto } from "./review-api";
import { expectedOutcome, withGrades } from "./queue-view";

const NOW = Date.parse("2026-03-01T08:00:00Z");
const DAY_END = "2026-03-01T22:30:00Z";

const card = (cardId: string, kind: QueueCardDto["kind"], version = 0): QueueCardDto => ({
  cardId,
  topicId: "t",
  topicTitle: "T",
  personal: false,
  factIds: [],
  kind,
  availableAt: null,
  early: false,
  card: { kind: "basic", front: cardId, back: "", hint: null },
  version,
  flagged: false,
  intervals: null,
  schedule: null,
});

const queue = (items: QueueCardDto[]): ReviewQueueDto => ({
  generatedAt: new Date(NOW).toISOString(),
  dayEndsAt: DAY_END,
  topic: null,
  scheduling: { settings: DEFAULT_STUDY_SETTINGS, fuzz: false },
  counts: {
    new: items.filter((i) => i.kind === "new").length,
    learning: items.filter((i) => i.kind === "learning").length,
    due: items.filter((i) => i.kind === "review").length,
  },
  items,
  nextDueAt: null,
});

const op = (cardId: string, next: GradeOp["next"], baseVersion = 0): GradeOp => ({
  reviewId: `r-${cardId}-${baseVersion}`,
  cardId,
  rating: 3,
  baseVersion,
  durationMs: 1000,
  kind: "new",
  front: cardId,
  next,
});
const inTenMinutes = new Date(NOW + 600_000).toISOString();
const inFourDays = new Date(NOW + 4 * 86_400_000).toISOString();
const total = (q: ReviewQueueDto) => q.counts.new + q.counts.learning + q.counts.due;

describe("withGrades", () => {
  it("moves a new card answered Good to Learning at once, keeping the total", () => {
    const before = queue([card("a", "new"), card("b", "new")]);
    const grade = op("a", { state: "learning", due: inTenMinutes });
    const after = withGrades(before, [{ op: grade, outcome: expectedOutcome(grade) }]);
    expect(after.counts).toEqual({ new: 1, learning: 1, due: 0 });
    expect(total(after)).toBe(total(before));
    expect(after.items.map((i) => [i.cardId, i.kind, i.version, i.availableAt])).toEqual([
      ["a", "learning", 1, inTenMinutes],
      ["b", "new", 0, null],
    ]);
  });

  it("takes off a card whose next review falls after the day ends", () => {
    const grade = op("a", { state: "review", due: inFourDays });
    const after = withGrades(queue([card("a", "new"), card("b", "new")]), [{ op: grade, outcome: expectedOutcome(grade) }]);
    expect(after.counts).toEqual({ new: 1, learning: 0, due: 0 });
  });

  it("does not apply an answer the server data already holds (the card is at a later version)", () => {
    const server = queue([card("a", "learning", 1), card("b", "new")]);
    const grade = op("a", { state: "learning", due: inTenMinutes });
    expect(withGrades(server, [{ op: grade, outcome: expectedOutcome(grade) }])).toEqual(server);
  });

  it("applies several answers to the same card in order", () => {
    const first = op("a", { state: "learning", due: inTenMinutes });
    const second = op("a", { state: "review", due: inFourDays }, 1);
    const after = withGrades(queue([card("a", "new")]), [
      { op: first, outcome: expectedOutcome(first) },
      { op: second, outcome: expectedOutcome(second) },
    ]);
    expect(after.counts).toEqual({ new: 0, learning: 0, due: 0 });
    expect(after.items).toEqual([]);
  });

  it("only takes the card off when the outcome is unknown", () => {
    const grade = op("a", null);
    const after = withGrades(queue([card("a", "new")]), [{ op: grade, outcome: expectedOutcome(grade) }]);
    expect(after.counts).toEqual({ new: 0, learning: 0, due: 0 });
  });
});
