import initSqlJs, { type SqlJsStatic } from "sql.js";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { CardSchedule } from "@/lib/srs";
import { ImportFileError } from "../limits";
import { SCHEMA_11_SQL, noteTypesJson } from "./collection-schema";
import { readApkg } from "./read-apkg";
import { writeApkg, type ExportCard } from "./write-apkg";

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const now = new Date("2026-11-20T06:00:00Z");
const day = 86_400_000;

const reviewed: CardSchedule = {
  state: "review",
  due: new Date(now.getTime() + 9 * day),
  stability: 11.25,
  difficulty: 4.5,
  elapsedDays: 3,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 1,
  lastReview: new Date(now.getTime() - day),
};

const cards: ExportCard[] = [
  {
    guid: "dsr:c:card-one",
    kind: "basic",
    front: "Which body settles <disputes> & why?",
    back: "A tribunal\nsecond line",
    tags: ["topic-a", "two words"],
    deck: "Dossier::Topic A",
    schedule: reviewed,
    suspended: false,
    reviews: [
      { rating: 3, stateBefore: "new", dueBefore: new Date(now.getTime() - 5 * day), scheduledDaysBefore: 0, reviewedAt: new Date(now.getTime() - 5 * day), durationMs: 4000 },
      { rating: 1, stateBefore: "review", dueBefore: new Date(now.getTime() - 3 * day), scheduledDaysBefore: 2, reviewedAt: new Date(now.getTime() - 3 * day), durationMs: 90_000 },
      { rating: 3, stateBefore: "relearning", dueBefore: new Date(now.getTime() - 3 * day + 600_000), scheduledDaysBefore: 0, reviewedAt: new Date(now.getTime() - day), durationMs: 2500 },
    ],
  },
  {
    guid: "dsr:p:card-two",
    kind: "cloze",
    front: "The pact was signed in {{c1::1972}} at Shimla.",
    back: "1972",
    tags: [],
    deck: "Dossier::My cards",
    schedule: null,
    suspended: false,
    reviews: [],
  },
];

function openCollection(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  expect(new TextDecoder().decode(files.media)).toBe("{}");
  return new SQL.Database(files["collection.anki2"]);
}

describe("writeApkg", () => {
  it("writes notes, cards with their schedule and FSRS memory state, and revlog rows Anki can read", () => {
    const db = openCollection(writeApkg(SQL, cards, now));
    const [ver, crt] = db.exec("SELECT ver, crt FROM col")[0]!.values[0] as number[];
    expect(ver).toBe(11);
    const notes = db.exec("SELECT guid, flds, tags FROM notes ORDER BY id")[0]!.values;
    expect(notes).toEqual([
      ["dsr:c:card-one", "Which body settles &lt;disputes&gt; &amp; why?\u001fA tribunal<br>second line", " topic-a two_words "],
      ["dsr:p:card-two", "The pact was signed in {{c1::1972}} at Shimla.\u001f", ""],
    ]);
    const [first, second] = db.exec("SELECT type, queue, due, ivl, factor, reps, lapses, data FROM cards ORDER BY id")[0]!.values;
    expect(first).toEqual([2, 2, Math.floor((reviewed.due.getTime() / 1000 - crt!) / 86_400), 10, 2500, 3, 1, '{"s":11.25,"d":4.5}']);
    expect(second!.slice(0, 2)).toEqual([0, 0]);
    const revlog = db.exec("SELECT id, ease, ivl, lastIvl, time, type FROM revlog ORDER BY id")[0]!.values;
    expect(revlog).toEqual([
      [now.getTime() - 5 * day, 3, 2, 0, 4000, 0],
      [now.getTime() - 3 * day, 1, -600, 2, 60_000, 1],
      [now.getTime() - day, 3, 10, 0, 2500, 2],
    ]);
    const models = JSON.parse(String(db.exec("SELECT models FROM col")[0]!.values[0]![0])) as Record<string, { name: string; type: number }>;
    expect(Object.values(models).map((m) => [m.name, m.type])).toEqual([
      ["Dossier Basic", 0],
      ["Dossier Cloze", 1],
    ]);
    db.close();
  });
});

describe("readApkg", () => {
  it("reads back what writeApkg wrote: sides, tags, deck, schedule and answers", () => {
    const { cards: read, unmapped } = readApkg(SQL, writeApkg(SQL, cards, now), now);
    expect(unmapped).toEqual([]);
    expect(read.map((c) => [c.kind, c.front, c.back, c.tags, c.deck, c.key])).toEqual([
      ["basic", "Which body settles <disputes> & why?", "A tribunal\nsecond line", ["topic-a", "two_words", "deck::Dossier::Topic_A"], "Dossier::Topic A", "anki:dsr:c:card-one:0"],
      ["cloze", "The pact was signed in {{c1::1972}} at Shimla.", "1972", ["deck::Dossier::My_cards"], "Dossier::My cards", "anki:dsr:p:card-two:0"],
    ]);
    expect(read[0]!.schedule).toMatchObject({ state: "review", stability: 11.25, difficulty: 4.5, scheduledDays: 10, reps: 3, lapses: 1, lastReview: new Date(now.getTime() - day) });
    // Due days are whole days from the collection's creation; the moment within the day is not kept.
    expect(Math.abs(read[0]!.schedule!.due.getTime() - reviewed.due.getTime())).toBeLessThan(day);
    expect(read[0]!.reviews.map((r) => [r.rating, r.reviewedAt.getTime(), r.durationMs])).toEqual([
      [3, now.getTime() - 5 * day, 4000],
      [1, now.getTime() - 3 * day, 60_000],
      [3, now.getTime() - day, 2500],
    ]);
    expect(read[1]!.schedule).toBeNull();
  });

  it("reports note types it cannot map by name and count, and maps Basic (and reversed card) both ways", () => {
    const db = new SQL.Database();
    db.exec(SCHEMA_11_SQL);
    const models = JSON.parse(noteTypesJson(1, 0)) as Record<string, Record<string, unknown>>;
    models["10"] = { name: "Basic (and reversed card)", type: 0, flds: [{}, {}], tmpls: [{}, {}] };
    models["11"] = { name: "Vocabulary (3 fields)", type: 0, flds: [{}, {}, {}], tmpls: [{}] };
    db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, '{\"1\":{\"name\":\"Default\"}}', '{}', '{}')", [JSON.stringify(models)]);
    db.run("INSERT INTO notes VALUES (1, 'g1', 10, 0, 0, '', 'term\u001fmeaning', '', 0, 0, '')");
    db.run("INSERT INTO notes VALUES (2, 'g2', 11, 0, 0, '', 'a\u001fb\u001fc', '', 0, 0, '')");
    db.run("INSERT INTO notes VALUES (3, 'g3', 11, 0, 0, '', 'd\u001fe\u001ff', '', 0, 0, '')");
    db.run("INSERT INTO notes VALUES (4, 'g4', 99, 0, 0, '', 'x\u001fy', '', 0, 0, '')");
    for (const [id, nid, ord] of [[1, 1, 0], [2, 1, 1], [3, 2, 0], [4, 3, 0], [5, 4, 0]]) {
      db.run("INSERT INTO cards VALUES (?, ?, 1, ?, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')", [id!, nid!, ord!]);
    }
    const apkg = zipSync({ "collection.anki21": db.export(), media: strToU8("{}") });
    db.close();
    const { cards: read, unmapped } = readApkg(SQL, apkg, now);
    expect(read.map((c) => [c.front, c.back, c.key])).toEqual([
      ["term", "meaning", "anki:g1:0"],
      ["meaning", "term", "anki:g1:1"],
    ]);
    expect(unmapped).toEqual([
      { name: "Vocabulary (3 fields)", notes: 2 },
      { name: "unknown note type 99", notes: 1 },
    ]);
  });

  it("keeps note tags, adds the deck as a tag (not Anki's Default deck, nor a deck our export made), and marks media", () => {
    const db = new SQL.Database();
    db.exec(SCHEMA_11_SQL);
    const models = { "10": { name: "Basic", type: 0, flds: [{}, {}], tmpls: [{}] } };
    const decks = { "1": { name: "Default" }, "2": { name: "UPSC 2027::Polity" }, "3": { name: "Dossier::My cards" } };
    db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [JSON.stringify(models), JSON.stringify(decks)]);
    db.run("INSERT INTO notes VALUES (1, 'g1', 10, 0, 0, ' polity Polity marked ', ?, '', 0, 0, '')", ['Map <img src="india.png">\u001fDelhi']);
    db.run("INSERT INTO notes VALUES (2, 'g2', 10, 0, 0, '', ?, '', 0, 0, '')", ['<img src="flag.png">\u001fTricolour [sound:anthem.mp3]']);
    db.run("INSERT INTO notes VALUES (3, 'dossier:pc-1', 10, 0, 0, ' mine ', 'front\u001fback', '', 0, 0, '')");
    for (const [id, nid, did] of [[1, 1, 2], [2, 2, 1], [3, 3, 3]]) {
      db.run("INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')", [id!, nid!, did!]);
    }
    const apkg = zipSync({ "collection.anki2": db.export(), media: strToU8("{}") });
    db.close();
    const { cards: read } = readApkg(SQL, apkg, now);
    expect(read.map((c) => [c.front, c.tags, c.media ?? false])).toEqual([
      ["Map", ["polity", "marked", "deck::UPSC_2027::Polity"], true],
      ["", [], true],
      ["front", ["mine"], false],
    ]);
  });

  it("refuses a newer-format package with how to export an older one", () => {
    const apkg = zipSync({ "collection.anki21b": new Uint8Array([40, 181, 47, 253]), "collection.anki2": new Uint8Array(10), meta: new Uint8Array(2) });
    expect(() => readApkg(SQL, apkg, now)).toThrow(/Support older Anki versions/);
  });

  it("refuses a file that is not a zip, or a zip without a collection, as a file error", () => {
    expect(() => readApkg(SQL, strToU8("front,back\n"), now)).toThrow(ImportFileError);
    expect(() => readApkg(SQL, zipSync({ "notes.txt": strToU8("x") }), now)).toThrow(/holds no collection/);
  });
});
