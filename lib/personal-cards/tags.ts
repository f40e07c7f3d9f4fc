import { PERSONAL_CARD_LIMITS } from "./limits";

/**
 * A card's tags as we keep them: Unicode NFC, trimmed, empties dropped, and each tag once (compared
 * without letter case, as Anki does; the first spelling wins). Order is kept.
 */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of raw) {
    const tag = value.normalize("NFC").trim();
    const key = tag.toLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Anki separates tags with spaces, so a tag is one word; this splits a tags cell or a form's text box. */
export function splitTags(text: string): string[] {
  return normalizeTags(text.split(/\s+/));
}

/** Why these (normalised) tags cannot be kept, worded for the row or field; null when they can. */
export function tagsProblem(tags: readonly string[]): string | null {
  const { tagLength, tagsPerCard } = PERSONAL_CARD_LIMITS;
  if (tags.length > tagsPerCard) return `${tags.length} tags; the limit is ${tagsPerCard} a card`;
  for (const tag of tags) {
    if (/\s/.test(tag)) return `the tag "${tag}" has a space in it: tags are single words (join words with _ or -)`;
    if (tag.length > tagLength) return `the tag "${tag.slice(0, 30)}…" is ${tag.length} characters; the limit is ${tagLength}`;
  }
  return null;
}

/**
 * The tag an Anki deck becomes on import, so the student can still find the deck's cards together:
 * `deck::` and the deck's path (Anki's own `::` hierarchy, which Anki's tag browser also nests), spaces
 * as `_` because a tag is one word. Anki's "Default" deck says nothing, so it gives no tag. A path too
 * long for a tag keeps its innermost levels: the tag is ours, so it must never be the reason a card is
 * refused.
 */
export function deckTag(deck: string): string | null {
  const path = deck.split("::").map((part) => part.trim().replace(/\s+/g, "_")).filter((part) => part !== "");
  if (path.length === 0 || (path.length === 1 && path[0] === "Default")) return null;
  const tag = () => `deck::${path.join("::")}`;
  while (tag().length > PERSONAL_CARD_LIMITS.tagLength && path.length > 1) path.shift();
  return tag().slice(0, PERSONAL_CARD_LIMITS.tagLength);
}
