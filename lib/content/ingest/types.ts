/** Shapes shared by the ingest pipeline; the output shape is fixed by docs/content-contract.md. */

export const FACT_KINDS = [
  "date",
  "money",
  "percent",
  "target",
  "agreement",
  "initiative",
  "institution",
  "person",
  "other",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export type Paragraph = { text: string; heading: boolean };

export type CandidateFact = { text: string; kind: FactKind; paragraphIndex: number };

export type SourceRef = { file: string; publisher: string; url: string; publishedAt: string };

export type IngestedArticle = {
  id: string;
  title: string;
  sources: SourceRef[];
  paragraphs: Paragraph[];
  candidateFacts: CandidateFact[];
};

/** Listed in canonical preference order: the first format present in a duplicate group supplies the paragraphs. */
export const SOURCE_FORMATS = ["plain-text", "wordpress-json", "html", "scraped-text", "aggregator-text"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One input file after format-specific parsing; null where the format does not carry the field. */
export type ParsedSource = {
  format: SourceFormat;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  paragraphs: Paragraph[];
};

export type IngestInput = { file: string; content: Buffer | string };

export type IngestError = { file: string; message: string };

export type IngestResult = { articles: IngestedArticle[]; errors: IngestError[] };

/** Thrown by parsers for input that cannot yield an article; the message becomes `<file>: <message>`. */
export class IngestInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestInputError";
  }
}
