import { splitTags } from "@/lib/personal-cards/tags";
import { fromAnkiHtml, hasCloze, normalizeSide, referencesMedia, splitCloze, textImportKey } from "./card-text";
import { readDelimited } from "./delimited";
import type { CandidateCard } from "./import-plan";
import { assertImportCount } from "./limits";

export interface CsvRowProblem {
  row: number;
  error: string;
}

export interface CsvCards {
  cards: CandidateCard[];
  /** Rows that could not become a card at all (too few columns); reported beside the others. */
  problems: CsvRowProblem[];
}

const FRONT_HEADER = /^(front|term|question|word)$/i;
const BACK_HEADER = /^(back|definition|answer|meaning)$/i;

/**
 * Cards from a Quizlet or Anki text export: front, back and optional tags (space-separated, Anki's way).
 * A front with `{{c1::…}}` deletions is a cloze note: one card per cloze number, the back holding the
 * answer and any extra text. A first row naming the columns is skipped.
 */
export function readCardCsv(text: string): CsvCards {
  const file = readDelimited(text);
  const tagsIndex = (file.tagsColumn ?? 3) - 1;
  const clean = (s: string) => (file.html ? fromAnkiHtml(s) : s.replace(/\r\n?/g, "\n").trim());
  const cards: CandidateCard[] = [];
  const problems: CsvRowProblem[] = [];
  file.records.forEach((record, index) => {
    const [rawFront = "", rawBack = ""] = record.fields;
    if (index === 0 && FRONT_HEADER.test(rawFront.trim()) && BACK_HEADER.test(rawBack.trim())) return;
    if (record.fields.length < 2) {
      problems.push({ row: record.line, error: "only one column: separate front and back with a tab or a comma" });
      return;
    }
    const front = clean(rawFront);
    const back = clean(rawBack);
    const tags = splitTags(record.fields[tagsIndex] ?? "");
    // Anki's HTML export keeps <img> and [sound:] references; plain text has none to speak of.
    const media = file.html && (referencesMedia(rawFront) || referencesMedia(rawBack)) ? { media: true } : {};
    if (!hasCloze(front)) {
      cards.push({ row: record.line, kind: "basic", front, back, tags, ...media, key: textImportKey("basic", front, back) });
      return;
    }
    for (const cloze of splitCloze(front)) {
      // Our own export already repeats the answer on the back; adding it again would change the card's key.
      const clozeBack = back === "" ? cloze.answer : normalizeSide(back).includes(normalizeSide(cloze.answer)) ? back : `${cloze.answer}\n${back}`;
      cards.push({ row: record.line, kind: "cloze", front: cloze.front, back: clozeBack, tags, ...media, key: textImportKey("cloze", cloze.front, clozeBack) });
    }
  });
  assertImportCount(cards.length + problems.length);
  return { cards, problems };
}

/** The card to write to a CSV file. */
export interface ExportedTextCard {
  kind: "basic" | "cloze";
  front: string;
  back: string;
  tags: string[];
}

/**
 * Anki's "notes in plain text" layout, with the header lines Anki reads (tab-separated, plain text,
 * tags in column 3), which our own import reads too. Cells are not prefixed against spreadsheet formulas
 * (lib/classes/csv does that): this file is for flashcard apps, and a prefix would change the card.
 */
export function writeCardCsv(cards: readonly ExportedTextCard[]): string {
  const cell = (value: string) => (/["\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = ["#separator:tab", "#html:false", "#tags column:3"];
  for (const card of cards) lines.push([card.front, card.back, card.tags.join(" ")].map(cell).join("\t"));
  return lines.join("\r\n") + "\r\n";
}
