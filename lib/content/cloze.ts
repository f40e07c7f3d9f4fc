// Apart from the content schema so the review screen can split a card without bundling zod.

/** A cloze deletion: `{{c1::answer}}`. Exactly one per card, so one card tests one thing. */
export const CLOZE_PATTERN = /\{\{c1::([^{}]+?)\}\}/g;

export type ClozeParts = { before: string; answer: string; after: string };

/** Splits a cloze front into its parts; null unless it holds exactly one well-formed deletion. */
export function parseCloze(front: string): ClozeParts | null {
  const matches = [...front.matchAll(CLOZE_PATTERN)];
  const only = matches[0];
  if (matches.length !== 1 || only === undefined || only[1] === undefined || only[1].trim() === "") return null;
  const before = front.slice(0, only.index);
  const after = front.slice(only.index + only[0].length);
  // Stray braces outside the deletion mean a typo such as `{{c2::x}}` or `{c1::x}}`.
  if (/[{}]/.test(before + after)) return null;
  return { before, answer: only[1].trim(), after };
}
