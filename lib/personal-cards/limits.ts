/**
 * Limits on personal cards: the form, the API and the import's per-row checks use the same numbers.
 * Apart from the schema so a form can show them without loading zod.
 */
export const PERSONAL_CARD_LIMITS = { side: 2_000, hint: 500, cardsPerRequest: 20_000 } as const;
