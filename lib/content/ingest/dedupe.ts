import { containment, shingles } from "./shingles";

/** Two bodies sharing this share of the smaller one's 5-word shingles are the same article. */
export const DUPLICATE_THRESHOLD = 0.6;
// Very short bodies share shingles by accident (stock phrases); they only merge when identical.
const MIN_SHINGLES = 20;

export type BodyText = { key: string; body: string };

/**
 * Groups items whose bodies are near-duplicates (single-link clustering over pairwise containment).
 * Groups, and the keys inside each, come out in ascending key order, so the result is stable.
 */
export function groupDuplicates(items: BodyText[]): string[][] {
  const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sets = sorted.map((i) => shingles(i.body));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sets[i] ?? new Set<string>();
      const b = sets[j] ?? new Set<string>();
      const similar = Math.min(a.size, b.size) >= MIN_SHINGLES ? containment(a, b) >= DUPLICATE_THRESHOLD : sorted[i]?.body === sorted[j]?.body;
      if (similar) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  }
  const groups = new Map<number, string[]>();
  sorted.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item.key]));
  return [...groups.values()];
}
