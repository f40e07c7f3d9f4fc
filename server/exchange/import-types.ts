import { z } from "zod";
import type { RowStatus } from "@/lib/exchange/import-plan";

/** A 20 MB file is about 27.9 million base64 characters; the file's own size is checked after decoding. */
const MAX_BASE64 = 28_000_000;

/** The file as the import page sends it: its name (the extension picks the reader) and its bytes in base64. */
export const importFileSchema = z.strictObject({
  fileName: z.string().trim().min(1, "choose a file").max(200, "the file name is too long"),
  contentBase64: z.string().min(1, "the file is empty").max(MAX_BASE64, "the file is larger than 20 MB"),
});
export type ImportFileInput = z.infer<typeof importFileSchema>;

/** "link": a Dossier catalogue card from an export, added to the student's study instead of copied. */
export type PreviewStatus = RowStatus | "link";

export interface ImportPreviewRow {
  row: number;
  kind: "basic" | "cloze";
  front: string;
  back: string;
  tags: string[];
  status: PreviewStatus;
  error?: string;
}

export interface ImportPreview {
  fileName: string;
  format: "csv" | "apkg";
  summary: { create: number; link: number; existing: number; errors: number; reviews: number };
  /** Every error row and the first others, in file order; `totalRows` says how many there are in all. */
  rows: ImportPreviewRow[];
  totalRows: number;
  unmapped: { name: string; notes: number }[];
  /** Cards whose source refers to images or sound: their text is imported, the media is not. */
  mediaCards: number;
}

export interface ImportResult {
  created: number;
  linked: number;
  existing: number;
  skipped: number;
  reviews: number;
}
