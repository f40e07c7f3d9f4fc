import "server-only";
import { UPSC_GS1_SCHEME } from "@/lib/quiz/marking-scheme";

/** Every attempt is marked under UPSC GS Paper I: +2, −2/3, 0 for a blank. */
export const QUIZ_SCHEME = UPSC_GS1_SCHEME;

/**
 * Answers may arrive this long after the deadline and still count: it covers the trip from the
 * student's click to our clock, not extra thinking time.
 */
export const GRACE_MS = 5_000;

// The form checks the same limits before it sends anything.
export { MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES } from "@/lib/quiz/mock-test-limits";

/** A single question's recorded time is capped: a tab left open overnight is not study time. */
export const MAX_TIME_PER_QUESTION_MS = 60 * 60_000;

/** Longest mains answer we store, far above 250 words, so a paste accident is refused, not truncated. */
export const MAX_MAINS_CHARS = 20_000;
