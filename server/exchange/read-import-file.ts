import "server-only";
import { readCardCsv } from "@/lib/exchange/csv-cards";
import { readApkg, type AnkiCandidate } from "@/lib/exchange/anki/read-apkg";
import type { CandidateCard } from "@/lib/exchange/import-plan";
import { ImportFileError, assertImportSize } from "@/lib/exchange/limits";
import { AppError } from "@/server/errors";
import type { ImportFileInput } from "./import-types";
import { sqlEngine } from "./sql-engine";

export type ImportCandidate = CandidateCard & Partial<Pick<AnkiCandidate, "guid" | "schedule" | "suspended" | "reviews">>;

export interface ImportFile {
  format: "csv" | "apkg";
  cards: ImportCandidate[];
  /** Rows that could not become cards at all, with their reason. */
  problems: { row: number; error: string }[];
  unmapped: { name: string; notes: number }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Decodes and reads the uploaded file; a problem with the file as a whole is one clear 400 on the file field. */
export async function readImportFile(input: ImportFileInput, now: Date): Promise<ImportFile> {
  try {
    const bytes = Buffer.from(input.contentBase64, "base64");
    assertImportSize(bytes.length);
    const zip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
    const extension = /\.([a-z0-9]+)$/i.exec(input.fileName)?.[1]?.toLowerCase() ?? "";
    if (zip || extension === "apkg" || extension === "colpkg") {
      const { cards, unmapped } = readApkg(await sqlEngine(), new Uint8Array(bytes), now);
      return { format: "apkg", cards, problems: [], unmapped };
    }
    if (!["csv", "txt", "tsv", ""].includes(extension)) {
      throw new ImportFileError(`A .${extension} file cannot be imported: choose a .csv, .txt or .apkg file.`);
    }
    const text = new TextDecoder("utf-8").decode(bytes);
    const { cards, problems } = readCardCsv(text);
    return { format: "csv", cards, problems, unmapped: [] };
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("invalid_input", error.message, { field: "contentBase64" });
    throw error;
  }
}
