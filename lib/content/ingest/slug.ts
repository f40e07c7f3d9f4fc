const MAX_WORDS = 8;

/**
 * Article id from a title (docs/content-contract.md): NFKD, strip diacritics, lowercase, every run
 * of characters other than a-z0-9 becomes one `-`, trim `-`, keep at most the first 8 words.
 * (A longer slug would itself be a 10-word run of article text, which copycheck flags.)
 */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, MAX_WORDS)
    .join("-");
}
