import { z } from "zod";
import { CLOZE_PATTERN, parseCloze } from "@/lib/content/schema";
import { PERSONAL_CARD_LIMITS } from "./limits";
import { normalizeTags, tagsProblem } from "./tags";

export { PERSONAL_CARD_LIMITS } from "./limits";

const side = (what: string, max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .max(max, `${what} must be at most ${max.toLocaleString("en-US")} characters`);

/** A content id (topic or fact): kebab-case as in content/ and the studio. */
const contentId = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`).max(200, `${what} is too long`);

/**
 * A card's tags: a list of single words, normalised (trimmed, empties dropped, each once). One message
 * for the whole list, on the `tags` field, so the form can show it beside its one text box.
 */
export const tagsSchema = z
  .array(z.string({ error: "each tag must be text" }), { error: "tags must be a list of words" })
  .transform(normalizeTags)
  .superRefine((tags, ctx) => {
    const problem = tagsProblem(tags);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * One card a student writes (or imports): a basic card (front and back) or a cloze card (a front with
 * exactly one `{{c1::answer}}` deletion, the rule catalogue cards follow; the back is an optional extra
 * and defaults to the deleted answer). It may be attached to a topic, to a fact (and so to its topic),
 * or to nothing. Tags left out mean "none" for a new card and "unchanged" for an edit.
 */
export const personalCardInputSchema = z
  .strictObject({
    kind: z.enum(["basic", "cloze"], { error: 'kind must be "basic" or "cloze"' }),
    front: side("front", PERSONAL_CARD_LIMITS.side).min(1, "front must not be empty"),
    back: side("back", PERSONAL_CARD_LIMITS.side).default(""),
    hint: side("hint", PERSONAL_CARD_LIMITS.hint).optional(),
    topicId: contentId("topicId").nullish(),
    factId: contentId("factId").nullish(),
    tags: tagsSchema.optional(),
  })
  .superRefine((card, ctx) => {
    if (card.kind === "basic") {
      if (card.back === "") ctx.addIssue({ code: "custom", path: ["back"], message: "back must not be empty" });
      // Braces are fine in a basic card (sets, code); a cloze deletion means the kind was forgotten.
      if (new RegExp(CLOZE_PATTERN.source).test(card.front)) {
        ctx.addIssue({ code: "custom", path: ["front"], message: "this front has a {{c1::...}} deletion: choose the cloze kind" });
      }
      return;
    }
    if (parseCloze(card.front) === null) {
      ctx.addIssue({ code: "custom", path: ["front"], message: "a cloze front needs exactly one {{c1::answer}} deletion and no other braces" });
    }
  })
  .transform((card) => ({
    kind: card.kind,
    front: card.front,
    back: card.kind === "cloze" && card.back === "" ? (parseCloze(card.front)?.answer ?? "") : card.back,
    hint: card.hint === undefined || card.hint === "" ? null : card.hint,
    topicId: card.topicId ?? null,
    factId: card.factId ?? null,
    tags: card.tags,
  }));

/** What a client sends for one personal card (before defaults). */
export type PersonalCardFields = z.input<typeof personalCardInputSchema>;
/** One parsed personal card: trimmed, the cloze back filled in, hint and attachment null when absent. */
export type PersonalCardInput = z.output<typeof personalCardInputSchema>;

/** Many cards at once (the import's batch), all or nothing. */
export const personalCardsInputSchema = z
  .array(personalCardInputSchema)
  .min(1, "there are no cards to add")
  .max(PERSONAL_CARD_LIMITS.cardsPerRequest, `at most ${PERSONAL_CARD_LIMITS.cardsPerRequest.toLocaleString("en-US")} cards at once`);

/**
 * The same card, whatever its spacing and letter case: the import's duplicate check (a row that
 * matches a card the student already has is skipped, so importing a file twice adds nothing).
 */
export function personalCardKey(card: Pick<PersonalCardInput, "kind" | "front" | "back">): string {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  return `${card.kind}\u0000${norm(card.front)}\u0000${norm(card.back)}`;
}

/** `GET /api/personal-cards?page=&topic=&tag=`: a bad page number falls back to the first page. */
export const personalCardListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  topic: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(PERSONAL_CARD_LIMITS.tagLength).optional(),
});
