import { z } from "zod";
import { SYLLABUS_TAGS } from "@/lib/content/schema";

/**
 * A topic as it is written in the studio: the shapes of lib/content (a topic file's topic, facts and
 * flashcards, plus its questions) but lenient, so a half-written draft can be saved. The full
 * content rules run on it separately (checkDocument) and must pass before it is published.
 */
const str = (max: number) => z.string({ error: "must be text" }).max(max, `must be at most ${max} characters`);
const optionalStr = (max: number) => str(max).optional();

export const draftCitationSchema = z.strictObject({ article: str(120), paragraph: z.number().int().min(0) });

export const draftFactSchema = z.strictObject({
  id: str(80),
  statement: str(1000),
  value: z.strictObject({ number: z.number().optional(), unit: optionalStr(40), year: z.number().int().optional() }).optional(),
  sources: z.array(draftCitationSchema).max(20),
  asOf: optionalStr(10),
  status: z.enum(["current", "superseded"]),
  supersededBy: optionalStr(80),
  note: optionalStr(1000),
});

export const draftCardSchema = z.strictObject({
  id: str(100),
  factIds: z.array(str(80)).max(10),
  kind: z.enum(["basic", "cloze"]),
  front: str(500),
  back: str(500),
  hint: optionalStr(200),
});

export const studioDocumentSchema = z.strictObject({
  topic: z.strictObject({
    title: str(120),
    summary: str(4000),
    whyItMatters: str(2000),
    syllabusTags: z.array(z.enum(SYLLABUS_TAGS)).max(SYLLABUS_TAGS.length),
    asOf: str(10),
  }),
  facts: z.array(draftFactSchema).max(100),
  flashcards: z.array(draftCardSchema).max(200),
  /** Checked against lib/content/question-schema by checkDocument; kept as written until then. */
  questions: z.array(z.record(z.string(), z.unknown())).max(100),
});

export type StudioDocument = z.infer<typeof studioDocumentSchema>;
export type DraftFact = z.infer<typeof draftFactSchema>;
export type DraftCard = z.infer<typeof draftCardSchema>;

export function emptyDocument(title: string, today: string): StudioDocument {
  return {
    topic: { title, summary: "", whyItMatters: "", syllabusTags: [SYLLABUS_TAGS[0]], asOf: today },
    facts: [],
    flashcards: [],
    questions: [],
  };
}

/** Drops empty optional fields the editor leaves behind, so the strict content schemas see clean data. */
export function tidyFact(fact: DraftFact): DraftFact {
  const out: DraftFact = { id: fact.id, statement: fact.statement, sources: fact.sources, status: fact.status };
  if (fact.value && (fact.value.number !== undefined || fact.value.year !== undefined)) {
    out.value = {
      ...(fact.value.number !== undefined ? { number: fact.value.number } : {}),
      ...(fact.value.unit?.trim() ? { unit: fact.value.unit.trim() } : {}),
      ...(fact.value.year !== undefined ? { year: fact.value.year } : {}),
    };
  }
  if (fact.asOf?.trim()) out.asOf = fact.asOf.trim();
  if (fact.status === "superseded" && fact.supersededBy?.trim()) out.supersededBy = fact.supersededBy.trim();
  if (fact.note?.trim()) out.note = fact.note.trim();
  return out;
}

export function tidyCard(card: DraftCard): DraftCard {
  const { hint, ...rest } = card;
  return hint?.trim() ? { ...rest, hint: hint.trim() } : rest;
}
