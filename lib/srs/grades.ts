// Apart from the review-log schema so the card browser can name grades without bundling zod.

export const GRADES = [1, 2, 3, 4] as const;
/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = (typeof GRADES)[number];
export const GRADE_NAMES: Record<Grade, "Again" | "Hard" | "Good" | "Easy"> = {
  1: "Again",
  2: "Hard",
  3: "Good",
  4: "Easy",
};
