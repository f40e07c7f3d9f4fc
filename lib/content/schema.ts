import { z } from "zod";
import { countWords } from "@/lib/format/words";
import { parseCloze } from "./cloze";

/** Ids are kebab-case so they can double as URL slugs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SUMMARY_WORDS = { min: 150, max: 300 } as const;
export const SYLLABUS_TAGS = [
  "GS2: bilateral relations",
  "GS2: groupings and agreements involving India",
  "GS2: effect of other countries' policies on India's interests",
] as const;


const text = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(1, `${what} must not be empty`);

const id = (what: string) =>
  text(what).regex(ID_PATTERN, `${what} must be kebab-case (a-z, 0-9, single hyphens)`);

// Round-tripping through Date rejects impossible days such as 2025-02-30, which Date.parse rolls over.
function isRealDate(s: string): boolean {
  const time = Date.parse(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

const isoDate = (what: string) =>
  text(what).refine(isRealDate, {
    error: `${what} must be a real date written YYYY-MM-DD`,
  });

const wholeNumber = (what: string, min: number) =>
  z.int({ error: `${what} must be a whole number` }).min(min, `${what} must be at least ${min}`);

/** Links leave the app, so only https: a plain-http or javascript: link is a content error. */
const httpsUrl = (what: string) =>
  z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: `${what} must be a full https:// URL` });

export const publicationSchema = z.strictObject({
  publisher: text("publisher"),
  url: z.union([z.literal("unknown"), httpsUrl("url")], { error: "url must be a full https:// URL or \"unknown\"" }),
  publishedAt: z.union([z.literal("unknown"), isoDate("publishedAt")], {
    error: "publishedAt must be YYYY-MM-DD or \"unknown\"",
  }),
});

export const sourceArticleSchema = z.strictObject({
  /** Slug of the title, at most 8 words (docs/content-contract.md). */
  id: id("article id").refine((s) => s.split("-").length <= 8, {
    error: "article id must have at most 8 words: a longer title slug is a copied run of the article",
  }),
  /** A short name of our own; the full title would put a run of article text into the repo. */
  label: text("label"),
  paragraphCount: wholeNumber("paragraphCount", 1),
  sources: z.array(publicationSchema).min(1, "an article needs at least one source"),
});

/**
 * An official record a fact may cite besides the ingested articles: an MEA brief, a joint
 * statement, a PIB release, a government strategy. `title` is our short description of it.
 */
export const referenceSchema = z.strictObject({
  id: id("reference id"),
  kind: z.literal("reference", { error: "kind must be \"reference\"" }),
  publisher: text("publisher"),
  title: text("title"),
  url: httpsUrl("url"),
  date: isoDate("date"),
});

export const sourcesFileSchema = z.strictObject({
  articles: z.array(sourceArticleSchema).min(1, "sources.yaml must list at least one article"),
  references: z.array(referenceSchema).default([]),
});

export const articleCitationSchema = z.strictObject({
  article: id("article"),
  paragraph: wholeNumber("paragraph", 0),
});

export const referenceCitationSchema = z.strictObject({
  reference: id("reference"),
  /** Where in the record, e.g. "para 12" or "Defence"; optional because many records are short. */
  section: text("section").optional(),
});

/**
 * `{ article, paragraph }` or `{ reference, section? }`, picked by key rather than z.union so a
 * typo inside one form reports that form's own error at its own key.
 */
export const citationSchema = z.unknown().transform((value, ctx): ArticleCitation | ReferenceCitation => {
  const isReference = typeof value === "object" && value !== null && "reference" in value;
  const parsed = (isReference ? referenceCitationSchema : articleCitationSchema).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    ctx.addIssue({ code: "custom", message: issue.message, path, input: value });
  }
  return z.NEVER;
});

export const isArticleCitation = (c: Citation): c is ArticleCitation => "article" in c;

export const factValueSchema = z
  .strictObject({
    number: z.number({ error: "value.number must be a number" }).optional(),
    unit: text("value.unit").optional(),
    year: wholeNumber("value.year", 1900).max(2100, "value.year must be at most 2100").optional(),
  })
  .refine((v) => v.number !== undefined || v.year !== undefined, {
    error: "value needs a number or a year",
  })
  .refine((v) => v.unit === undefined || v.number !== undefined, {
    error: "value.unit makes no sense without value.number",
  });

export const factSchema = z
  .strictObject({
    id: id("fact id"),
    statement: text("statement"),
    value: factValueSchema.optional(),
    sources: z.array(citationSchema).min(1, "a fact must cite at least one source paragraph or reference"),
    /** The date the statement is true as of; the checker requires it for time-bound facts. */
    asOf: isoDate("asOf").optional(),
    status: z.enum(["current", "superseded"], { error: "status must be \"current\" or \"superseded\"" }),
    supersededBy: id("supersededBy").optional(),
    note: text("note").optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.status === "superseded" && fact.supersededBy === undefined) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "a superseded fact needs supersededBy" });
    }
    if (fact.status === "current" && fact.supersededBy !== undefined) {
      ctx.addIssue({ code: "custom", path: ["supersededBy"], message: "supersededBy is only allowed when status is \"superseded\"" });
    }
  });

export { CLOZE_PATTERN, parseCloze, type ClozeParts } from "./cloze";

export const flashcardSchema = z
  .strictObject({
    id: id("flashcard id"),
    factIds: z.array(id("factIds entry")).min(1, "a flashcard must point to at least one fact"),
    kind: z.enum(["basic", "cloze"], { error: "kind must be \"basic\" or \"cloze\"" }),
    front: text("front"),
    back: text("back"),
    hint: text("hint").optional(),
  })
  .superRefine((card, ctx) => {
    if (card.kind === "basic") {
      if (/[{}]/.test(card.front)) {
        ctx.addIssue({ code: "custom", path: ["front"], message: "a basic card's front must not contain braces; use kind: cloze for {{c1::...}}" });
      }
      return;
    }
    const cloze = parseCloze(card.front);
    if (cloze === null) {
      ctx.addIssue({ code: "custom", path: ["front"], message: "a cloze front needs exactly one {{c1::answer}} deletion and no other braces" });
    } else if (!card.back.toLowerCase().includes(cloze.answer.toLowerCase())) {
      ctx.addIssue({ code: "custom", path: ["back"], message: `a cloze back must repeat the deleted answer "${cloze.answer}"` });
    }
  });

export const topicSchema = z.strictObject({
  id: id("topic id"),
  title: text("title"),
  summary: text("summary").refine(
    (s) => countWords(s) >= SUMMARY_WORDS.min && countWords(s) <= SUMMARY_WORDS.max,
    { error: (iss) => `summary must be ${SUMMARY_WORDS.min}-${SUMMARY_WORDS.max} words (has ${countWords(String(iss.input))})` },
  ),
  whyItMatters: text("whyItMatters"),
  syllabusTags: z
    .array(z.enum(SYLLABUS_TAGS, { error: `syllabus tag must be one of: ${SYLLABUS_TAGS.join(" | ")}` }))
    .min(1, "a topic needs at least one syllabus tag"),
  relatedTopics: z.array(id("relatedTopics entry")).default([]),
  asOf: isoDate("asOf"),
  order: wholeNumber("order", 1),
});

/** "2015", "2015-05" or "2015-05-18": as precise as the record allows. */
const TIMELINE_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

export const timelineEventSchema = z.strictObject({
  id: id("timeline event id"),
  date: text("date").refine((d) => TIMELINE_DATE.test(d) && (d.length < 10 || isRealDate(d)), {
    error: "date must be YYYY, YYYY-MM or a real YYYY-MM-DD",
  }),
  /** What happened, in our own words, short enough for one line of the timeline. */
  title: text("title").refine((t) => countWords(t) <= 20, { error: "title must be at most 20 words" }),
  factIds: z.array(id("factIds entry")).min(1, "a timeline event must link at least one fact"),
});

/** `content/timeline.yaml`: the relationship's key events, each linked to the facts that record it. */
export const timelineFileSchema = z.strictObject({
  events: z.array(timelineEventSchema).min(1, "timeline.yaml must list at least one event"),
});

/** The year of a timeline date. */
export const timelineYear = (date: string): number => Number(date.slice(0, 4));

export const contentFileSchema = z.strictObject({
  topic: topicSchema,
  facts: z.array(factSchema).default([]),
  flashcards: z.array(flashcardSchema).default([]),
});

export type Publication = z.infer<typeof publicationSchema>;
export type SourceArticle = z.infer<typeof sourceArticleSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type ArticleCitation = z.infer<typeof articleCitationSchema>;
export type ReferenceCitation = z.infer<typeof referenceCitationSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Flashcard = z.infer<typeof flashcardSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineFile = z.infer<typeof timelineFileSchema>;
/** One `content/topics/<topic-id>.yaml`: a topic with its facts and flashcards. */
export type ContentFile = z.infer<typeof contentFileSchema>;

/** Where a problem is: file as given to the loader, 1-based line. */
export type ContentError = { file: string; line: number; message: string };

/**
 * Parsed data plus the line of every YAML node, keyed by its path joined with "."
 * (e.g. "facts.3.sources.0.paragraph"), so later checks can point at the right line.
 */
export type Located<T> = { file: string; data: T; lines: Record<string, number> };

/** Line of `path`, or of its nearest ancestor that exists in the file (missing keys). */
export function lineAt(lines: Record<string, number>, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const line = lines[path.slice(0, n).map(String).join(".")];
    if (line !== undefined) return line;
  }
  return 1;
}
