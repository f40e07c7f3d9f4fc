// Apart from the query-string schema so the custom-study form can show the modes without bundling zod.

/** Most cards one custom session may hold. */
export const MAX_CUSTOM_CARDS = 200;

export const CUSTOM_STUDY_MODES = ["new", "ahead", "forgot"] as const;
export type CustomStudyMode = (typeof CUSTOM_STUDY_MODES)[number];

/** What each mode does to the schedule, shown before the session starts and on the session itself. */
export const CUSTOM_STUDY_EFFECT: Record<CustomStudyMode, { label: string; effect: string }> = {
  new: {
    label: "New cards beyond today's limit",
    effect:
      "These cards are introduced today, on top of your daily new-card limit. Each new card brings its own reviews over the next weeks, so the coming days get busier.",
  },
  ahead: {
    label: "Review ahead",
    effect:
      "Cards not due yet, soonest first. Each answer is recorded with today's real date, so FSRS credits an early review for what it is: a card you already knew gains less, and its next interval is counted from today. Nothing is pulled earlier than FSRS schedules it.",
  },
  forgot: {
    label: "Cards I forgot today",
    effect: "Cards you answered Again today and have not recalled since. They are graded as ordinary same-day reviews, exactly as in your normal queue.",
  },
};
