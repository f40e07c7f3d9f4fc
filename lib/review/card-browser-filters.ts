import { z } from "zod";

export const CARD_FILTER_STATES = ["all", "new", "learning", "review", "suspended", "flagged"] as const;
export type CardFilterState = (typeof CARD_FILTER_STATES)[number];

export const MAX_CARD_QUERY = 100;

/** The card browser's search, from the page's query string. Unknown values fall back to "everything". */
export const cardBrowserFiltersSchema = z.object({
  q: z.string().trim().max(MAX_CARD_QUERY, { error: `Search text can be at most ${MAX_CARD_QUERY} characters` }).default(""),
  topic: z.string().trim().max(200).default(""),
  state: z.enum(CARD_FILTER_STATES).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type CardBrowserFilters = z.output<typeof cardBrowserFiltersSchema>;

/** `%`, `_` and `\` are literal in a search, not LIKE wildcards. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
