import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import type { SqlJsStatic } from "sql.js";
import type { CardSchedule, CardStateName, Grade } from "@/lib/srs";
import { normalizeSide, toAnkiHtml, fromAnkiHtml } from "../card-text";
import { revlogInterval, revlogType, toAnkiCard } from "./anki-schedule";
import {
  BASIC_MODEL_ID,
  CLOZE_MODEL_ID,
  FIELD_SEPARATOR,
  SCHEMA_11_SQL,
  collectionConfigJson,
  deckConfigJson,
  deckJson,
  noteTypesJson,
} from "./collection-schema";

/** One review of a card as our ReviewLog keeps it: the card's state and due date BEFORE the answer. */
export interface ExportReview {
  rating: Grade;
  stateBefore: CardStateName;
  dueBefore: Date;
  scheduledDaysBefore: number;
  reviewedAt: Date;
  durationMs: number;
}

export interface ExportCard {
  /** Stable across exports, so Anki updates the note on a second import instead of duplicating it. */
  guid: string;
  kind: "basic" | "cloze";
  front: string;
  back: string;
  tags: string[];
  /** Anki deck path, "::" between levels. */
  deck: string;
  schedule: CardSchedule | null;
  suspended: boolean;
  /** Answers not undone, oldest first. */
  reviews: ExportReview[];
}

const DAY_S = 86_400;

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped sort field. */
function checksum(field: string): number {
  return parseInt(createHash("sha1").update(fromAnkiHtml(field)).digest("hex").slice(0, 8), 16);
}

/**
 * An Anki package (`.apkg`) of the cards: a zip of `collection.anki2` (legacy schema 11, readable by every
 * Anki since 2.1) and an empty `media` list. Cards keep their schedule (see toAnkiCard) and their answers
 * become revlog rows, so Anki's statistics and FSRS optimizer see the same history.
 */
export function writeApkg(SQL: SqlJsStatic, cards: readonly ExportCard[], now: Date): Uint8Array {
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA_11_SQL);
    const nowS = Math.floor(now.getTime() / 1000);
    const earliest = Math.min(
      now.getTime(),
      ...cards.flatMap((c) => [c.schedule?.due.getTime() ?? now.getTime(), ...c.reviews.map((r) => r.reviewedAt.getTime())]),
    );
    // A creation day before every due date and review keeps review due days positive.
    const crt = Math.floor(earliest / 1000 / DAY_S) * DAY_S - DAY_S;

    const deckIds = new Map<string, number>();
    const deckIdFor = (name: string) => {
      let id = deckIds.get(name);
      if (id === undefined) {
        id = 1_700_000_100_000 + deckIds.size;
        deckIds.set(name, id);
      }
      return id;
    };
    const rootDeck = deckIdFor("Dossier");
    for (const card of cards) {
      const parts = card.deck.split("::");
      for (let i = 1; i <= parts.length; i += 1) deckIdFor(parts.slice(0, i).join("::"));
    }
    const decks: Record<string, unknown> = { 1: deckJson(1, "Default", nowS) };
    for (const [name, id] of deckIds) decks[id] = deckJson(id, name, nowS);
    db.run("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", [
      crt,
      now.getTime(),
      now.getTime(),
      collectionConfigJson(rootDeck),
      noteTypesJson(rootDeck, nowS),
      JSON.stringify(decks),
      deckConfigJson(nowS),
    ]);

    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)");
    const insertReview = db.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");
    const usedReviewIds = new Set<number>();
    const idBase = now.getTime() - cards.length;
    db.exec("BEGIN");
    cards.forEach((card, index) => {
      const id = idBase + index;
      const fields =
        card.kind === "cloze"
          ? [toAnkiHtml(card.front), clozeExtra(card.front, card.back)]
          : [toAnkiHtml(card.front), toAnkiHtml(card.back)];
      const tags = card.tags.length === 0 ? "" : ` ${card.tags.map((t) => t.replace(/\s+/g, "_")).join(" ")} `;
      insertNote.run([id, card.guid, card.kind === "cloze" ? CLOZE_MODEL_ID : BASIC_MODEL_ID, nowS, tags, fields.join(FIELD_SEPARATOR), fromAnkiHtml(fields[0]!), checksum(fields[0]!)]);
      const a = toAnkiCard(card.schedule, card.suspended, crt, index + 1);
      insertCard.run([id, id, deckIdFor(card.deck), nowS, a.type, a.queue, a.due, a.ivl, a.factor, a.reps, a.lapses, a.left, a.data]);
      card.reviews.forEach((review, i) => {
        const dueAfter = card.reviews[i + 1]?.dueBefore ?? card.schedule?.due ?? review.reviewedAt;
        let reviewId = review.reviewedAt.getTime();
        while (usedReviewIds.has(reviewId)) reviewId += 1;
        usedReviewIds.add(reviewId);
        insertReview.run([
          reviewId,
          id,
          review.rating,
          revlogInterval(review.reviewedAt, dueAfter),
          review.stateBefore === "new" ? 0 : review.scheduledDaysBefore,
          review.stateBefore === "review" ? 2500 : 0,
          Math.min(60_000, Math.max(0, review.durationMs)),
          revlogType(review.stateBefore),
        ]);
      });
    });
    db.exec("COMMIT");
    insertNote.free();
    insertCard.free();
    insertReview.free();
    return zipSync({ "collection.anki2": db.export(), media: strToU8("{}") });
  } finally {
    db.close();
  }
}

/** Our cloze back repeats the answer; Anki shows the answer in place, so only extra text goes to "Back Extra". */
function clozeExtra(front: string, back: string): string {
  const answer = /\{\{c1::([\s\S]*?)\}\}/.exec(front)?.[1] ?? "";
  if (normalizeSide(back) === normalizeSide(answer)) return "";
  const rest = back.startsWith(answer) ? back.slice(answer.length).trim() : back;
  return toAnkiHtml(rest);
}
