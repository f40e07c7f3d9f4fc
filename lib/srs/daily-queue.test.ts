import { describe, expect, it } from "vitest";
import { createRandom } from "../quiz/seeded-random";
import { newCardSchedule, type CardSchedule, type CardStateName } from "./card-state";
import {
  buildDailyQueue,
  nextCardAt,
  type DailyQueueInput,
  type QueueCardRef,
  type ScheduledQueueCard,
} from "./daily-queue";
import { createScheduler, retrievability, scheduleReview } from "./schedule-review";
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from "./settings";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Noon in Kolkata; with the day starting at 04:00 local, this study day ends at 2026-05-11T22:30Z.
const NOW = new Date("2026-05-11T06:30:00Z");
const DAY_END = new Date("2026-05-11T22:30:00Z");
const settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS, timeZone: "Asia/Kolkata", dayStartHour: 4 };

function schedule(state: CardStateName, due: Date, lastReview: Date, stability: number): CardSchedule {
  return { ...newCardSchedule(lastReview), state, due, lastReview, stability, difficulty: 5, reps: 3 };
}

let nextId = 0;
function ref(overrides: Partial<QueueCardRef> = {}): QueueCardRef {
  nextId++;
  const cardId = `c${String(nextId).padStart(4, "0")}`;
  return { cardId, topicId: "t1", topicOrder: 1, cardOrder: nextId, assigned: false, ...overrides };
}

/** A random mix of review and learning cards around NOW, in three topics. */
function randomDeck(seed: string, size: number): ScheduledQueueCard[] {
  const random = createRandom(seed);
  return Array.from({ length: size }, () => {
    const states = ["review", "review", "review", "learning", "relearning"] as const;
    const state = states[Math.floor(random() * states.length)] ?? "review";
    const due = new Date(NOW.getTime() + (random() - 0.6) * 4 * DAY);
    const stability = state === "review" ? 1 + random() * 60 : 0.1 + random() * 2;
    const last = new Date(Math.min(due.getTime(), NOW.getTime()) - random() * 30 * DAY);
    const card = ref({ topicId: `t${1 + Math.floor(random() * 3)}`, assigned: random() < 0.3 });
    return { ...card, schedule: schedule(state, due, last, stability) };
  });
}

function randomNew(seed: string, size: number): QueueCardRef[] {
  const random = createRandom(seed);
  return Array.from({ length: size }, () =>
    ref({
      topicId: `t${1 + Math.floor(random() * 3)}`,
      topicOrder: Math.floor(random() * 5),
      cardOrder: Math.floor(random() * 20),
      assigned: random() < 0.3,
    }),
  );
}

const DECK = randomDeck("deck", 300);
const NEW = randomNew("new", 80);
const base = (overrides: Partial<DailyQueueInput> = {}): DailyQueueInput => ({
  scheduledCards: DECK,
  newCards: NEW,
  newIntroducedToday: 0,
  reviewsDoneToday: 0,
  settings,
  now: NOW,
  ...overrides,
});

describe("buildDailyQueue", () => {
  it("puts reviews first, then learning cards, then new cards, and counts each kind", () => {
    const queue = buildDailyQueue(base());
    const kinds = queue.items.map((i) => i.kind);
    const rank = (k: string) => ["review", "learning", "new"].indexOf(k);
    expect(kinds).toEqual([...kinds].sort((a, b) => rank(a) - rank(b)));
    expect(queue.counts).toEqual({
      due: kinds.filter((k) => k === "review").length,
      learning: kinds.filter((k) => k === "learning").length,
      new: kinds.filter((k) => k === "new").length,
    });
    expect(queue.counts.due * queue.counts.learning * queue.counts.new).toBeGreaterThan(0);
  });

  it("takes exactly the reviews due before the study day ends, least likely to be recalled first", () => {
    const input = base({ settings: { ...settings, maxReviewsPerDay: 10000 } });
    const queue = buildDailyQueue(input);
    const reviews = queue.items.filter((i) => i.kind === "review");
    const expected = input.scheduledCards.filter((c) => c.schedule.state === "review" && c.schedule.due < DAY_END);
    expect(new Set(reviews.map((r) => r.cardId))).toEqual(new Set(expected.map((c) => c.cardId)));
    expect(expected.some((c) => c.schedule.due > NOW)).toBe(true); // later today is included
    const byId = new Map(input.scheduledCards.map((c) => [c.cardId, c.schedule]));
    for (let i = 0; i < reviews.length; i++) {
      const item = reviews[i];
      if (!item) continue;
      expect(item.retrievability).toBe(retrievability(byId.get(item.cardId) as CardSchedule, NOW));
      if (i > 0) expect(item.retrievability).toBeGreaterThanOrEqual(reviews[i - 1]?.retrievability ?? 1);
    }
  });

  it("caps reviews at the daily maximum minus reviews done, keeping the most at risk", () => {
    for (const [max, done] of [[30, 0], [30, 12], [30, 30], [30, 45], [1, 0]] as const) {
      const uncapped = buildDailyQueue(base({ settings: { ...settings, maxReviewsPerDay: 10000 } }));
      const all = uncapped.items.filter((i) => i.kind === "review");
      const cappedSettings = { ...settings, maxReviewsPerDay: max };
      const capped = buildDailyQueue(base({ settings: cappedSettings, reviewsDoneToday: done }));
      const kept = capped.items.filter((i) => i.kind === "review");
      expect(kept.length).toBe(Math.min(all.length, Math.max(0, max - done)));
      expect(kept).toEqual(all.slice(0, kept.length));
    }
  });

  it("brings back learning cards whose step falls before the day ends, by due time, never earlier", () => {
    const input = base();
    const queue = buildDailyQueue(input);
    const learning = queue.items.filter((i) => i.kind === "learning");
    const expected = input.scheduledCards
      .filter((c) => c.schedule.state !== "review" && c.schedule.due < DAY_END)
      .sort((a, b) => a.schedule.due.getTime() - b.schedule.due.getTime());
    expect(learning.map((i) => i.cardId)).toEqual(expected.map((c) => c.cardId));
    for (const item of learning) {
      expect(item.availableAt).toEqual(input.scheduledCards.find((c) => c.cardId === item.cardId)?.schedule.due);
    }
    expect(learning.some((i) => (i.availableAt ?? NOW) > NOW)).toBe(true);
  });

  it("introduces new cards up to the daily limit: assigned first, then topic order, then card order", () => {
    for (const introduced of [0, 7, 20, 25]) {
      const input = base({ newIntroducedToday: introduced });
      const fresh = buildDailyQueue(input).items.filter((i) => i.kind === "new");
      expect(fresh.length).toBe(Math.max(0, settings.newCardsPerDay - introduced));
      const refs = fresh.map((i) => input.newCards.find((c) => c.cardId === i.cardId) as QueueCardRef);
      for (let i = 1; i < refs.length; i++) {
        const [a, b] = [refs[i - 1] as QueueCardRef, refs[i] as QueueCardRef];
        const order =
          Number(b.assigned) - Number(a.assigned) || a.topicOrder - b.topicOrder || a.cardOrder - b.cardOrder;
        expect(order, `${a.cardId} before ${b.cardId}`).toBeLessThanOrEqual(0);
      }
      const left = input.newCards.filter((c) => !fresh.some((i) => i.cardId === c.cardId));
      if (left.some((c) => c.assigned)) expect(refs.every((c) => c.assigned)).toBe(true);
    }
  });

  it("buries siblings: no two new or review cards on one fact, none on a fact studied today; learning cards stay", () => {
    const random = createRandom("facts");
    const fact = () => `f${Math.floor(random() * 60)}`;
    const withFacts = <T extends QueueCardRef>(cards: T[]) => cards.map((c) => ({ ...c, factIds: [fact(), ...(random() < 0.3 ? [fact()] : [])] }));
    const scheduledCards = withFacts(DECK);
    const newCards = withFacts(NEW);
    const studiedToday = [{ cardId: "elsewhere", factIds: ["f1", "f2", "f3"] }];
    const input = base({ scheduledCards, newCards, studiedToday, settings: { ...settings, newCardsPerDay: 30 } });
    const queue = buildDailyQueue(input);
    const factsOf = new Map([...scheduledCards, ...newCards].map((c) => [c.cardId, c.factIds]));
    const learningFacts = new Set(queue.items.filter((i) => i.kind === "learning").flatMap((i) => factsOf.get(i.cardId)!));
    const seen = new Set<string>();
    for (const item of queue.items.filter((i) => i.kind !== "learning")) {
      for (const f of factsOf.get(item.cardId)!) {
        expect(["f1", "f2", "f3"], `${item.cardId} on a fact studied today`).not.toContain(f);
        expect(learningFacts.has(f), `${item.cardId} beside a learning sibling`).toBe(false);
        expect(seen.has(f), `${item.cardId} repeats fact ${f}`).toBe(false);
        seen.add(f);
      }
    }
    // Every learning card due today is kept, and with burying off the queue is the plain one.
    const plain = buildDailyQueue({ ...input, settings: { ...input.settings, burySiblings: false } });
    expect(queue.counts.learning).toBe(plain.counts.learning);
    expect(plain.items.length).toBeGreaterThan(queue.items.length);
  });

  it("skips buried new cards before the limit, so they do not use up a slot", () => {
    const cards = [ref({ factIds: ["x"] }), ref({ factIds: ["x", "y"] }), ref({ factIds: ["z"] }), ref({ factIds: ["w"] })];
    const queue = buildDailyQueue(base({ scheduledCards: [], newCards: cards, settings: { ...settings, newCardsPerDay: 2 } }));
    expect(queue.items.map((i) => i.cardId)).toEqual([cards[0]!.cardId, cards[2]!.cardId]);
  });

  it("never buries a mistake card, even beside a sibling, and mistake cards bury other cards on their facts", () => {
    const [m1, m2] = [ref({ factIds: ["x"], outsideNewLimit: true }), ref({ factIds: ["x"], outsideNewLimit: true })];
    const plain = ref({ factIds: ["x"] });
    const queue = buildDailyQueue(base({ scheduledCards: [], newCards: [plain, m1!, m2!], settings: { ...settings, newCardsPerDay: 5 } }));
    expect(queue.items.map((i) => i.cardId)).toEqual([m1!.cardId, m2!.cardId]);
  });

  it("a card studied today is not buried by its own answer", () => {
    const card = { ...ref({ factIds: ["x"] }), schedule: schedule("review", new Date(NOW.getTime() - HOUR), new Date(NOW.getTime() - 10 * DAY), 5) };
    const sibling = ref({ factIds: ["x"] });
    const queue = buildDailyQueue(base({ scheduledCards: [card], newCards: [sibling], studiedToday: [{ cardId: card.cardId, factIds: ["x"] }] }));
    expect(queue.items.map((i) => i.cardId)).toEqual([card.cardId]);
  });

  it("treats a started card whose schedule is still new as a new card", () => {
    const card = { ...ref({ assigned: true, topicOrder: -1 }), schedule: newCardSchedule(NOW) };
    const queue = buildDailyQueue(base({ scheduledCards: [...DECK, card] }));
    expect(queue.items.find((i) => i.kind === "new")?.cardId).toBe(card.cardId);
    expect(queue.items.filter((i) => i.cardId === card.cardId)).toHaveLength(1);
  });

  it("in a topic session keeps only that topic and adds its reviews that are not yet due", () => {
    const input = base({ topicId: "t2", settings: { ...settings, maxReviewsPerDay: 10000, newCardsPerDay: 500 } });
    const queue = buildDailyQueue(input);
    expect(queue.items.every((i) => i.topicId === "t2")).toBe(true);
    const reviews = queue.items.filter((i) => i.kind === "review");
    const topicReviews = input.scheduledCards.filter((c) => c.topicId === "t2" && c.schedule.state === "review");
    expect(reviews.length).toBe(topicReviews.length);
    const early = reviews.filter((r) => r.early);
    expect(early.length).toBe(topicReviews.filter((c) => c.schedule.due >= DAY_END).length);
    expect(early.length).toBeGreaterThan(0);
    expect(queue.counts.new).toBe(input.newCards.filter((c) => c.topicId === "t2").length);
    expect(buildDailyQueue(base()).items.every((i) => !i.early)).toBe(true);
  });
});

describe("nextCardAt", () => {
  it("never offers a learning card before its due time, and otherwise follows queue order", () => {
    const learningOnly = DECK.filter((c) => c.schedule.state !== "review" && c.schedule.due > NOW).slice(0, 6);
    const reviews = DECK.filter((c) => c.schedule.state === "review").slice(0, 20);
    const scheduledCards = [...learningOnly, ...reviews];
    const queue = buildDailyQueue(base({ scheduledCards, newCards: NEW.slice(0, 3) }));
    const random = createRandom("next-card");
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const now = new Date(NOW.getTime() + random() * 16 * HOUR);
      const withOthers = random() < 0.5;
      const items = queue.items.filter((it) => it.kind === "learning" || withOthers);
      const next = nextCardAt({ ...queue, items }, now);
      seen.add(next.kind);
      const open = items.filter((it) => it.availableAt === null || it.availableAt <= now);
      if (next.kind === "card") {
        expect(next.item).toBe(open[0]);
      } else if (next.kind === "wait") {
        expect(open).toEqual([]);
        expect(next.until.getTime()).toBe(Math.min(...items.map((it) => it.availableAt?.getTime() ?? 0)));
        expect(next.until > now).toBe(true);
      }
    }
    expect(seen).toEqual(new Set(["card", "wait"]));
  });

  it("brings a card answered Again back after its step, and says when to return meanwhile", () => {
    const scheduler = createScheduler(settings, { fuzz: false });
    const card = ref();
    const { next } = scheduleReview(newCardSchedule(NOW), 1, NOW, scheduler);
    const queue = buildDailyQueue(base({ scheduledCards: [{ ...card, schedule: next }], newCards: [] }));
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([[card.cardId, "learning"]]);
    expect(nextCardAt(queue, NOW)).toEqual({ kind: "wait", until: new Date(NOW.getTime() + 60_000) });
    const later = nextCardAt(queue, new Date(NOW.getTime() + 60_000));
    expect(later).toMatchObject({ kind: "card", item: { cardId: card.cardId } });
    expect(nextCardAt({ items: [], counts: { new: 0, learning: 0, due: 0 } }, NOW)).toEqual({ kind: "done" });
  });
});
