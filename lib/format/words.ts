/** Counts and words for people: plurals, word counts, option letters. */

/** "1 review", "1,200 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-IN")} ${count === 1 ? one : many}`;
}

/** Words as an examiner counts them: runs of non-space characters (the live counter and the server agree). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** "(a)" for option 0: how UPSC papers letter their options. */
export const optionLetter = (index: number): string => `(${String.fromCharCode(97 + index)})`;
