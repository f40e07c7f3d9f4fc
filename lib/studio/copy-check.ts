import { decodeEntities } from "@/lib/content/ingest/normalize";

/**
 * The copy rule of ../shared/tools/copycheck.py, for text typed in the studio: any run of
 * COPY_RUN_WORDS or more consecutive words shared with a stored article is a copy. Words are
 * tokenised exactly as the script does (entities decoded, tags dropped, curly quotes straightened,
 * lower-case [a-z0-9]+ with an optional 's-like suffix), so both agree on every text.
 */
export const COPY_RUN_WORDS = 10;

export function copyWords(text: string): string[] {
  const plain = decodeEntities(text)
    .replace(/<[^>]+>/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase();
  return plain.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** Every 10-word window of each article, mapped to the first article (by the order given) that has it. */
export type CopyIndex = Map<string, string>;

export function buildCopyIndex(articles: readonly { id: string; text: string }[]): CopyIndex {
  const index: CopyIndex = new Map();
  for (const { id, text } of articles) {
    const w = copyWords(text);
    for (let i = 0; i + COPY_RUN_WORDS <= w.length; i++) {
      const gram = w.slice(i, i + COPY_RUN_WORDS).join(" ");
      if (!index.has(gram)) index.set(gram, id);
    }
  }
  return index;
}

export type CopiedRun = { articleId: string; words: number; text: string };

/** The copied runs in `text`, longest-first merging as copycheck.py does (a run grows while its windows match). */
export function findCopiedRuns(text: string, index: CopyIndex): CopiedRun[] {
  const w = copyWords(text);
  const runs: CopiedRun[] = [];
  let i = 0;
  while (i + COPY_RUN_WORDS <= w.length) {
    const articleId = index.get(w.slice(i, i + COPY_RUN_WORDS).join(" "));
    if (articleId === undefined) {
      i += 1;
      continue;
    }
    let j = i + COPY_RUN_WORDS;
    while (j < w.length && index.has(w.slice(j - COPY_RUN_WORDS + 1, j + 1).join(" "))) j += 1;
    runs.push({ articleId, words: j - i, text: w.slice(i, j).join(" ") });
    i = j;
  }
  return runs;
}
