import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { seedDeck } from "@/server/reviews/test-fixtures";
import { gradeCard } from "@/server/reviews/grade-card";
import { undoReview } from "@/server/reviews/undo-review";
import * as importRoute from "@/app/api/cards/import/route";
import * as previewRoute from "@/app/api/cards/import/preview/route";
import * as exportRoute from "@/app/api/cards/export/route";
import { strToU8, zipSync } from "fflate";
import { SCHEMA_11_SQL } from "@/lib/exchange/anki/collection-schema";
import type { ImportPreview, ImportResult } from "./import-types";
import { sqlEngine } from "./sql-engine";

const testDb = withTestDatabase();
const t0 = new Date("2026-11-01T05:00:00Z");

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");
const csvFile = (text: string, fileName = "deck.csv") => ({ fileName, contentBase64: base64(text) });

async function preview(cookie: string, body: unknown): Promise<{ status: number; json: ImportPreview & { error?: { message: string } } }> {
  const res = await previewRoute.POST(apiRequest("/api/cards/import/preview", { body, cookie }));
  return { status: res.status, json: await res.json() };
}
async function importFile(cookie: string, body: unknown): Promise<{ status: number; json: ImportResult & { error?: { message: string } } }> {
  const res = await importRoute.POST(apiRequest("/api/cards/import", { body, cookie }));
  return { status: res.status, json: await res.json() };
}

async function personalCards(userId: string) {
  return testDb.prisma.flashcard.findMany({ where: { ownerId: userId }, orderBy: [{ front: "asc" }], select: { front: true, back: true, kind: true, tags: true, importKey: true } });
}

const CSV = ["front\tback\ttags", "Gate word one\tfirst reply\tdrill", "Gate word two\t", "Gate word three\tthird reply", "gate word ONE\tfirst reply", "Gate word four\tfourth reply"].join("\n");

describe("importing a CSV", () => {
  it("previews what it will create with each bad row's reason, then creates exactly that", async () => {
    const student = await createTestUser(testDb.prisma);
    const before = await personalCards(student.id);
    const { status, json } = await preview(student.cookie, csvFile(CSV));
    expect(status).toBe(200);
    expect(json.summary).toEqual({ create: 3, link: 0, existing: 0, errors: 2, reviews: 0 });
    expect(json.rows.filter((r) => r.status === "error").map((r) => [r.row, r.error])).toEqual([
      [3, "the back is empty"],
      [5, "duplicate of row 2"],
    ]);
    expect(await personalCards(student.id)).toEqual(before);

    const done = await importFile(student.cookie, csvFile(CSV));
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ created: 3, existing: 0, skipped: 2 });
    expect((await personalCards(student.id)).map((c) => [c.front, c.back])).toEqual([
      ["Gate word four", "fourth reply"],
      ["Gate word one", "first reply"],
      ["Gate word three", "third reply"],
    ]);
  });

  it("creates nothing the second time the same file is imported", async () => {
    const student = await createTestUser(testDb.prisma);
    await importFile(student.cookie, csvFile(CSV));
    const first = await personalCards(student.id);
    const again = await importFile(student.cookie, csvFile(CSV, "same-file-renamed.txt"));
    expect(again.json).toMatchObject({ created: 0, existing: 3 });
    expect(await personalCards(student.id)).toEqual(first);
    expect((await preview(student.cookie, csvFile(CSV))).json.summary).toMatchObject({ create: 0, existing: 3 });
  });

  it("keeps one student's import keys apart from another's", async () => {
    const [a, b] = [await createTestUser(testDb.prisma), await createTestUser(testDb.prisma)];
    await importFile(a.cookie, csvFile(CSV));
    expect((await importFile(b.cookie, csvFile(CSV))).json).toMatchObject({ created: 3, existing: 0 });
  });

  it("refuses a file over 20,000 cards as a whole and creates nothing", async () => {
    const student = await createTestUser(testDb.prisma);
    const big = Array.from({ length: 20_001 }, (_, i) => `q${i}\ta${i}`).join("\n");
    const res = await importFile(student.cookie, csvFile(big));
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/20,001 cards; the limit is 20,000/);
    expect(await personalCards(student.id)).toEqual([]);
  });

  it("refuses a file over 20 MB with the limit in the message", async () => {
    const student = await createTestUser(testDb.prisma);
    const res = await importFile(student.cookie, { fileName: "huge.csv", contentBase64: Buffer.alloc(20 * 1024 * 1024 + 1, 65).toString("base64") });
    expect(res.status).toBe(400);
    expect(res.json.error?.message).toMatch(/the limit is 20 MB/);
  });
});

describe("tags on import", () => {
  it("keeps a CSV row's tags (each once), shows them in the preview, and refuses a row whose tags break the limits", async () => {
    const student = await createTestUser(testDb.prisma);
    const tooMany = Array.from({ length: 31 }, (_, i) => `t${i}`).join(" ");
    const text = [
      "front\tback\ttags",
      "Tagged one\treply\tpolity  rights Polity",
      "Tagged two\treply\t",
      `Tagged three\treply\t${"x".repeat(101)}`,
      `Tagged four\treply\t${tooMany}`,
    ].join("\n");
    const { json } = await preview(student.cookie, csvFile(text));
    expect(json.rows.map((r) => [r.row, r.tags, r.status, r.error])).toEqual([
      [2, ["polity", "rights"], "new", undefined],
      [3, [], "new", undefined],
      [4, ["x".repeat(101)], "error", `the tag "${"x".repeat(30)}…" is 101 characters; the limit is 100`],
      [5, tooMany.split(" "), "error", "31 tags; the limit is 30 a card"],
    ]);
    expect(json.mediaCards).toBe(0);
    expect((await importFile(student.cookie, csvFile(text))).json).toMatchObject({ created: 2, skipped: 2 });
    expect((await personalCards(student.id)).map((c) => [c.front, c.tags])).toEqual([
      ["Tagged one", ["polity", "rights"]],
      ["Tagged two", []],
    ]);
  });

  it("keeps an Anki note's tags and its deck as a tag, counts cards whose media is left out, and stays idempotent", async () => {
    const SQL = await sqlEngine();
    const db = new SQL.Database();
    db.exec(SCHEMA_11_SQL);
    const models = { "10": { name: "Basic", type: 0, flds: [{}, {}], tmpls: [{}] } };
    const decks = { "1": { name: "Default" }, "2": { name: "UPSC::Modern History" } };
    db.run("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')", [JSON.stringify(models), JSON.stringify(decks)]);
    db.run("INSERT INTO notes VALUES (1, 'deck-g1', 10, 0, 0, ' revolt leech ', ?, '', 0, 0, '')", ['Year of the revolt <img src="map.jpg">\u001f1857']);
    db.run("INSERT INTO notes VALUES (2, 'deck-g2', 10, 0, 0, '', 'Plain front\u001fPlain back', '', 0, 0, '')");
    for (const [id, nid, did] of [[1, 1, 2], [2, 2, 1]]) {
      db.run("INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')", [id!, nid!, did!]);
    }
    const file = { fileName: "history.apkg", contentBase64: base64(zipSync({ "collection.anki2": db.export(), media: strToU8("{}") })) };
    db.close();

    const student = await createTestUser(testDb.prisma);
    const plan = (await preview(student.cookie, file)).json;
    expect(plan.mediaCards).toBe(1);
    expect(plan.rows.map((r) => [r.front, r.tags])).toEqual([
      ["Year of the revolt", ["revolt", "leech", "deck::UPSC::Modern_History"]],
      ["Plain front", []],
    ]);
    await importFile(student.cookie, file);
    const cards = await personalCards(student.id);
    expect(cards.map((c) => [c.front, c.tags])).toEqual([
      ["Plain front", []],
      ["Year of the revolt", ["revolt", "leech", "deck::UPSC::Modern_History"]],
    ]);
    expect((await importFile(student.cookie, file)).json).toMatchObject({ created: 0, existing: 2 });
    expect(await personalCards(student.id)).toEqual(cards);
  });
});

describe("importing an Anki package exported here", () => {
  it("gives a fresh student the same cards, schedules and answers, and a second import adds nothing", async () => {
    const db = testDb.prisma;
    const { cardIds } = await seedDeck(db, { topics: 1, perTopic: 2 });
    const student = await createTestUser(db);
    await importFile(student.cookie, csvFile(CSV));
    const own = await db.flashcard.findMany({ where: { ownerId: student.id }, select: { id: true } });
    let version = 0;
    for (const [i, at] of [t0, new Date(t0.getTime() + 600_000), new Date(t0.getTime() + 3 * 86_400_000)].entries()) {
      await gradeCard(db, student.id, { reviewId: randomUUID(), cardId: own[0]!.id, rating: i === 2 ? 1 : 3, baseVersion: version++, durationMs: 4000 }, at, { fuzz: false });
    }
    await gradeCard(db, student.id, { reviewId: randomUUID(), cardId: cardIds[0]!, rating: 4, baseVersion: 0, durationMs: 2000 }, t0, { fuzz: false });

    const apkg = new Uint8Array(await (await exportRoute.GET(apiRequest("/api/cards/export?format=apkg", { cookie: student.cookie }))).arrayBuffer());
    const fresh = await createTestUser(db);
    const file = { fileName: "dossier.apkg", contentBase64: base64(apkg) };
    const plan = await preview(fresh.cookie, file);
    expect(plan.json.summary).toEqual({ create: 3, link: 1, existing: 0, errors: 0, reviews: 4 });
    expect((await importFile(fresh.cookie, file)).json).toMatchObject({ created: 3, linked: 1, reviews: 4 });

    const mine = await personalCards(student.id);
    const theirs = await personalCards(fresh.id);
    // Tags round-trip too: the CSV gave "Gate word one" the tag "drill", and our own deck adds none.
    expect(mine.find((c) => c.front === "Gate word one")?.tags).toEqual(["drill"]);
    expect(theirs.map((c) => [c.kind, c.front, c.back, c.tags])).toEqual(mine.map((c) => [c.kind, c.front, c.back, c.tags]));

    const origin = await db.cardState.findFirstOrThrow({ where: { userId: student.id, cardId: own[0]!.id } });
    const copy = await db.flashcard.findFirstOrThrow({ where: { ownerId: fresh.id, front: (await db.flashcard.findUniqueOrThrow({ where: { id: own[0]!.id } })).front } });
    const copied = await db.cardState.findFirstOrThrow({ where: { userId: fresh.id, cardId: copy.id } });
    expect(copied).toMatchObject({ state: origin.state, reps: origin.reps, lapses: origin.lapses, version: 3 });
    expect(Math.abs(copied.due.getTime() - origin.due.getTime())).toBeLessThan(86_400_000);
    expect(copied.stability).toBeCloseTo(origin.stability, 3);
    const logs = await db.reviewLog.findMany({ where: { userId: fresh.id, cardId: copy.id }, orderBy: { reviewedAt: "asc" } });
    // Anki revlog ids are millisecond times and must be unique, so the writer nudges an answer that
    // shares its millisecond with another card's by 1 ms (write-apkg.ts): compare to the second.
    const toSecond = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;
    expect(logs.map((l) => [l.rating, toSecond(l.reviewedAt), l.baseVersion])).toEqual([
      [3, t0.getTime(), 0],
      [3, t0.getTime() + 600_000, 1],
      [1, t0.getTime() + 3 * 86_400_000, 2],
    ]);
    // The catalogue card is studied, not copied.
    expect(await db.cardState.findFirst({ where: { userId: fresh.id, cardId: cardIds[0]! } })).toMatchObject({ state: "review", version: 1 });
    // An imported answer can be undone like any other.
    await undoReview(db, fresh.id, { reviewId: logs[2]!.id }, new Date());

    const again = await importFile(fresh.cookie, file);
    expect(again.json).toMatchObject({ created: 0, linked: 0, existing: 4 });

    // The student's own export, imported back (a backup restored), finds their cards already there.
    const before = await personalCards(student.id);
    expect((await preview(student.cookie, file)).json.summary).toMatchObject({ create: 0, link: 0, existing: 4, errors: 0 });
    expect((await importFile(student.cookie, file)).json).toMatchObject({ created: 0, linked: 0, existing: 4 });
    expect(await personalCards(student.id)).toEqual(before);

    // All or nothing: when the last step (the answers) fails, the cards and schedules written before it are gone too.
    const unlucky = await createTestUser(db);
    await db.$executeRawUnsafe(`create function refuse_review_log() returns trigger language plpgsql as $$ begin
      if new."userId" = '${unlucky.id}' then raise exception 'refused for the test'; end if; return new; end $$`);
    await db.$executeRawUnsafe(`create trigger refuse_review_log before insert on "ReviewLog" for each row execute function refuse_review_log()`);
    try {
      expect((await importFile(unlucky.cookie, file)).status).toBe(500);
    } finally {
      await db.$executeRawUnsafe(`drop trigger refuse_review_log on "ReviewLog"`);
      await db.$executeRawUnsafe(`drop function refuse_review_log()`);
    }
    expect(await personalCards(unlucky.id)).toEqual([]);
    expect(await db.cardState.count({ where: { userId: unlucky.id } })).toBe(0);
  });
});
