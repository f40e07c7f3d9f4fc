import { unzipSync } from "fflate";
import type { Database, SqlJsStatic, SqlValue } from "sql.js";
import type { CardSchedule, Grade } from "@/lib/srs";
import { deckTag, normalizeTags } from "@/lib/personal-cards/tags";
import { ankiImportKey, fromAnkiHtml, referencesMedia, splitCloze } from "../card-text";
import type { CandidateCard } from "../import-plan";
import { ImportFileError, assertImportCount } from "../limits";
import { fromAnkiCard } from "./anki-schedule";
import { FIELD_SEPARATOR } from "./collection-schema";

/** One answer from Anki's revlog, as our scheduler can replay it. */
export interface AnkiReview {
  rating: Grade;
  reviewedAt: Date;
  durationMs: number;
}

export interface AnkiCandidate extends CandidateCard {
  guid: string;
  ord: number;
  deck: string;
  schedule: CardSchedule | null;
  suspended: boolean;
  /** Real answers only (Anki's manual reschedules are left out), oldest first. */
  reviews: AnkiReview[];
}

export interface UnmappedNoteType {
  name: string;
  notes: number;
}

export interface AnkiPackage {
  cards: AnkiCandidate[];
  /** Note types with no basic or cloze reading, by name, with how many notes used them. */
  unmapped: UnmappedNoteType[];
}

interface NoteType {
  name: string;
  cloze: boolean;
  fields: number;
  templates: number;
}

/**
 * Reads an Anki package. Basic-like note types (two fields; "Basic (and reversed card)" gives both
 * directions) and Cloze note types become cards; any other note type is reported by name and count.
 * A card keeps its note's tags and gets one for its deck (deckTag); a card whose note refers to media
 * is marked, since only text is imported.
 * Newer packages (`collection.anki21b`, zstd and a newer schema) are refused with how to re-export.
 */
export function readApkg(SQL: SqlJsStatic, bytes: Uint8Array, now: Date): AnkiPackage {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith("collection.") });
  } catch {
    throw new ImportFileError("This file is not an Anki package (.apkg): it could not be opened as a zip archive.");
  }
  const collection = files["collection.anki21"] ?? (files["collection.anki21b"] ? undefined : files["collection.anki2"]);
  if (!collection) {
    if (files["collection.anki21b"]) {
      throw new ImportFileError(
        "This package uses the newer Anki format. In Anki, choose File › Export, pick \"Anki Deck Package (.apkg)\", tick \"Support older Anki versions (slower/larger files)\" and import that file.",
      );
    }
    throw new ImportFileError("This file is not an Anki package (.apkg): it holds no collection.");
  }
  let db: Database;
  try {
    db = new SQL.Database(collection);
  } catch {
    throw new ImportFileError("The collection inside this Anki package could not be read.");
  }
  try {
    return readCollection(db, now);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("The collection inside this Anki package could not be read; export it again from Anki.");
  } finally {
    db.close();
  }
}

function rows(db: Database, sql: string): SqlValue[][] {
  const result = db.exec(sql);
  return result[0]?.values ?? [];
}

function readCollection(db: Database, now: Date): AnkiPackage {
  const [col] = rows(db, "SELECT crt, models, decks FROM col");
  if (!col) throw new ImportFileError("The collection inside this Anki package is empty.");
  const crt = Number(col[0]);
  const noteTypes = new Map<string, NoteType>();
  for (const [id, model] of Object.entries(JSON.parse(String(col[1])) as Record<string, { name?: string; type?: number; flds?: unknown[]; tmpls?: unknown[] }>)) {
    noteTypes.set(id, { name: String(model.name ?? id), cloze: model.type === 1, fields: model.flds?.length ?? 0, templates: model.tmpls?.length ?? 0 });
  }
  const deckNames = new Map<string, string>();
  for (const [id, deck] of Object.entries(JSON.parse(String(col[2])) as Record<string, { name?: string }>)) deckNames.set(id, String(deck.name ?? ""));

  const reviews = new Map<number, AnkiReview[]>();
  for (const [id, cid, ease, time, type] of rows(db, "SELECT id, cid, ease, time, type FROM revlog ORDER BY id")) {
    // ease 0 and types 4/5 are manual reschedules, not answers.
    if (Number(ease) < 1 || Number(ease) > 4 || Number(type) > 3) continue;
    const list = reviews.get(Number(cid)) ?? [];
    list.push({ rating: Number(ease) as Grade, reviewedAt: new Date(Number(id)), durationMs: Math.max(0, Number(time)) });
    reviews.set(Number(cid), list);
  }

  const cardsByNote = new Map<number, SqlValue[][]>();
  for (const card of rows(db, "SELECT nid, id, ord, did, type, queue, due, ivl, factor, reps, lapses, left, data FROM cards ORDER BY nid, ord")) {
    const list = cardsByNote.get(Number(card[0])) ?? [];
    list.push(card);
    cardsByNote.set(Number(card[0]), list);
  }

  const notes = rows(db, "SELECT id, guid, mid, tags, flds FROM notes ORDER BY id");
  assertImportCount([...cardsByNote.values()].reduce((n, list) => n + list.length, 0));
  const cards: AnkiCandidate[] = [];
  const unmapped = new Map<string, number>();
  notes.forEach(([nid, guid, mid, tagText, flds], index) => {
    const type = noteTypes.get(String(mid));
    const rawFields = String(flds).split(FIELD_SEPARATOR);
    const fields = rawFields.map(fromAnkiHtml);
    const media = rawFields.some(referencesMedia) ? { media: true } : {};
    const noteTags = String(tagText).split(/\s+/);
    const mapped = type ? mapNote(type, fields) : null;
    if (!type || !mapped) {
      const name = type?.name ?? `unknown note type ${String(mid)}`;
      unmapped.set(name, (unmapped.get(name) ?? 0) + 1);
      return;
    }
    for (const card of cardsByNote.get(Number(nid)) ?? []) {
      const [, cid, ord, did, ctype, queue, due, ivl, factor, reps, lapses, left] = card.slice(0, 12).map(Number) as number[];
      const side = mapped.get(ord!);
      if (!side) continue;
      const history = reviews.get(cid!) ?? [];
      const { schedule, suspended } = fromAnkiCard(
        { type: ctype!, queue: queue!, due: due!, ivl: ivl!, factor: factor!, reps: reps!, lapses: lapses!, left: left!, data: String(card[12] ?? "") },
        crt,
        history.at(-1)?.reviewedAt.getTime() ?? null,
        now,
      );
      const deck = deckNames.get(String(did)) ?? "";
      // A deck our own export made (`Dossier::<topic>` on a `dossier:` note) is not the student's
      // filing, so it gives no tag and an export round-trips to the same tags.
      const ours = String(guid).startsWith("dossier:") && (deck === "Dossier" || deck.startsWith("Dossier::"));
      const fromDeck = ours ? null : deckTag(deck);
      cards.push({
        row: index + 1,
        kind: side.kind,
        front: side.front,
        back: side.back,
        tags: normalizeTags(fromDeck === null ? noteTags : [...noteTags, fromDeck]),
        ...media,
        key: ankiImportKey(String(guid), ord!),
        guid: String(guid),
        ord: ord!,
        deck,
        schedule,
        suspended,
        reviews: history,
      });
    }
  });
  return { cards, unmapped: [...unmapped].map(([name, count]) => ({ name, notes: count })).sort((a, b) => b.notes - a.notes || a.name.localeCompare(b.name)) };
}

type Side = { kind: "basic" | "cloze"; front: string; back: string };

/** The cards a note gives, by template ord (Anki's cloze ord is the cloze number minus one); null if unmappable. */
function mapNote(type: NoteType, fields: string[]): Map<number, Side> | null {
  if (type.cloze) {
    const extra = fields[1] ?? "";
    return new Map(
      splitCloze(fields[0] ?? "").map((c) => [c.number - 1, { kind: "cloze" as const, front: c.front, back: extra === "" ? c.answer : `${c.answer}\n${extra}` }]),
    );
  }
  if (type.fields !== 2 || type.templates < 1 || type.templates > 2) return null;
  const [a = "", b = ""] = fields;
  const sides = new Map<number, Side>([[0, { kind: "basic", front: a, back: b }]]);
  if (type.templates === 2) sides.set(1, { kind: "basic", front: b, back: a });
  return sides;
}
