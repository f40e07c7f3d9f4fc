/**
 * A title for a test drawn from many topics: the first names, then how many more ("Trade, Defence
 * and 7 more topics"). Nine full topic names make a title nobody reads; the full list goes in a tooltip.
 */
export function topicListTitle(titles: readonly string[], shown = 2): string {
  if (titles.length === 0) return "no topics";
  if (titles.length <= shown + 1) {
    return titles.length === 1 ? titles[0]! : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)!}`;
  }
  const more = titles.length - shown;
  return `${titles.slice(0, shown).join(", ")} and ${more} more topics`;
}
