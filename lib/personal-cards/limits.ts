/**
 * Limits on personal cards: the form, the API and the import's per-row checks use the same numbers.
 * Apart from the schema so a form can show them without loading zod.
 * Tags: Anki's hierarchical tags (`deck::UPSC::Polity`) run long, so a tag may hold 100 characters;
 * 30 tags a card is far more than anyone files a card under, and keeps a row's tags readable.
 */
export const PERSONAL_CARD_LIMITS = { side: 2_000, hint: 500, cardsPerRequest: 20_000, tagLength: 100, tagsPerCard: 30 } as const;
