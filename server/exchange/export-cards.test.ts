import { randomUUID } from "node:crypto";
import initSqlJs, { type SqlJsStatic } from "sql.js";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { seedDeck } from "@/server/reviews/test-fixtures";
import { gradeCard } from "@/server/reviews/grade-card";
import { readCardCsv } from "@/lib/exchange/csv-cards";
import { readApkg } from "@/lib/exchange/anki/read-apkg";
import { personalCardInputSchema } from "@/lib/personal-cards/card-input";
import { createPersonalCard } from "@/server/personal-cards";
import * as studentExport from "@/app/api/cards/export/route";
import * as topicExport from "@/app/api/topics/[topicId]/export/route";
import { cardGuid } from "./export-cards";

const testDb = withTestDatabase();
let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const t0 = new Date("2026-11-01T05:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

async function grade(userId: string, cardId: string, rating: 1 | 2 | 3 | 4, baseVersion: number, at: Date) {
  await gradeCard(testDb.prisma, userId, { reviewId: randomUUID(), cardId, rating, baseVersion, durationMs: 3000 + baseVersion }, at, { fuzz: false });
}

async function download(response: Response) {
  expect(response.status, response.status === 200 ? "" : await response.clone().text()).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe("exporting a student's cards as an Anki package", () => {
  it("holds exactly the cards the student studies, with their schedule and every answer not undone", async () => {
    const db = testDb.prisma;
    const { cardIds } = await seedDeck(db, { topics: 2, perTopic: 3 });
    const student = await createTestUser(db);
    const other = await createTestUser(db);
    const [a, b, c] = cardIds;
    await grade(student.id, a!, 3, 0, minutes(0));
    await grade(student.id, a!, 3, 1, minutes(15));
    await grade(student.id, a!, 1, 2, minutes(60 * 24 * 3));
    await grade(student.id, b!, 4, 0, minutes(5));
    await grade(other.id, c!, 3, 0, minutes(5));

    const res = await studentExport.GET(apiRequest("/api/cards/export?format=apkg", { cookie: student.cookie }));
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="dossier-my-cards-\d{4}-\d{2}-\d{2}\.apkg"/);
    const files = unzipSync(await download(res));
    const anki = new SQL.Database(files["collection.anki2"]);
    const crt = Number(anki.exec("SELECT crt FROM col")[0]!.values[0]![0]);

    const notes = anki.exec("SELECT n.guid, n.flds, c.id, c.type, c.queue, c.due, c.ivl, c.reps, c.lapses, c.data FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.guid")[0]!.values;
    expect(notes.map((n) => n[0])).toEqual([a, b].map((id) => cardGuid(id!)).sort());
    const states = await db.cardState.findMany({ where: { userId: student.id }, orderBy: { cardId: "asc" } });
    const cards = await db.flashcard.findMany({ where: { id: { in: [a!, b!] } }, orderBy: { id: "asc" } });
    for (const [i, state] of states.entries()) {
      const [guid, flds, , type, queue, due, ivl, reps, lapses, data] = notes[i]!;
      expect(guid).toBe(cardGuid(state.cardId));
      expect(String(flds).split("\u001f")[0]).toBe(cards[i]!.front.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
      expect([reps, lapses]).toEqual([state.reps, state.lapses]);
      expect(type).toBe({ new: 0, learning: 1, review: 2, relearning: 3 }[state.state]);
      expect(queue).toBe(state.state === "review" ? 2 : 1);
      if (state.state === "review") {
        expect(due).toBe(Math.floor((state.due.getTime() / 1000 - crt) / 86_400));
        expect(ivl).toBe(state.scheduledDays);
      } else {
        expect(due).toBe(Math.floor(state.due.getTime() / 1000));
      }
      expect(JSON.parse(String(data))).toEqual({ s: expect.closeTo(state.stability, 3), d: expect.closeTo(state.difficulty, 3) });
    }

    const logs = await db.reviewLog.findMany({ where: { userId: student.id }, orderBy: { reviewedAt: "asc" } });
    const revlog = anki.exec("SELECT r.id, n.guid, r.ease, r.time FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid ORDER BY r.id")[0]!.values;
    expect(revlog).toEqual(logs.map((l) => [l.reviewedAt.getTime(), cardGuid(l.cardId), l.rating, l.durationMs]));
    anki.close();
  });

  it("writes the same cards as CSV that our import reads back", async () => {
    const db = testDb.prisma;
    const { cardIds } = await seedDeck(db, { topics: 1, perTopic: 2 });
    const student = await createTestUser(db);
    for (const id of cardIds) await grade(student.id, id, 3, 0, minutes(1));
    const res = await studentExport.GET(apiRequest("/api/cards/export?format=csv", { cookie: student.cookie }));
    const text = new TextDecoder().decode(await download(res));
    const cards = await db.flashcard.findMany({ where: { id: { in: cardIds } }, orderBy: { order: "asc" } });
    expect(readCardCsv(text).cards.map((c) => [c.kind, c.front, c.back])).toEqual(cards.map((c) => [c.kind, c.front, c.back]));
  });
});

describe("tags in an export", () => {
  it("carry a personal card's own tags into the CSV tags column and the Anki note, and read back the same", async () => {
    const db = testDb.prisma;
    const { cardIds, topicIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const student = await createTestUser(db);
    await grade(student.id, cardIds[0]!, 3, 0, minutes(1));
    await createPersonalCard(db, student.id, personalCardInputSchema.parse({ kind: "basic", front: "Tagged mine", back: "t", tags: ["polity", "deck::UPSC::GS2"], topicId: topicIds[0] }), t0);
    await createPersonalCard(db, student.id, personalCardInputSchema.parse({ kind: "basic", front: "Untagged mine", back: "u" }), t0);

    const csv = new TextDecoder().decode(await download(await studentExport.GET(apiRequest("/api/cards/export?format=csv", { cookie: student.cookie }))));
    const byFront = (cards: { front: string; tags: string[] }[]) => Object.fromEntries(cards.map((c) => [c.front, c.tags]));
    const catalogueFront = (await db.flashcard.findUniqueOrThrow({ where: { id: cardIds[0]! } })).front;
    const expected = { "Tagged mine": ["polity", "deck::UPSC::GS2"], "Untagged mine": [], [catalogueFront]: [topicIds[0]!] };
    expect(byFront(readCardCsv(csv).cards)).toEqual(expected);

    const apkg = await download(await studentExport.GET(apiRequest("/api/cards/export?format=apkg", { cookie: student.cookie })));
    const anki = new SQL.Database(unzipSync(apkg)["collection.anki2"]);
    const notes = anki.exec("SELECT sfld, tags FROM notes")[0]!.values;
    anki.close();
    expect(Object.fromEntries(notes.map(([front, tags]) => [front, String(tags).trim().split(" ").filter(Boolean)]))).toEqual(expected);
    expect(byFront(readApkg(SQL, apkg, t0).cards)).toEqual(expected);
  });
});

describe("exporting a topic's catalogue cards", () => {
  it("gives anyone signed in a fresh deck of a public topic, and a private topic only to those who may see it", async () => {
    const db = testDb.prisma;
    const { topicIds, cardIds } = await seedDeck(db, { topics: 2, perTopic: 2 });
    const teacher = await createTestUser(db, "teacher");
    const student = await createTestUser(db);
    await db.topic.update({ where: { id: topicIds[1]! }, data: { ownerId: teacher.id, origin: "studio" } });
    await grade(student.id, cardIds[0]!, 3, 0, minutes(1));

    const publicRes = await topicExport.GET(apiRequest(`/api/topics/${topicIds[0]}/export?format=apkg`, { cookie: student.cookie }), { params: Promise.resolve({ topicId: topicIds[0]! }) });
    const anki = new SQL.Database(unzipSync(await download(publicRes))["collection.anki2"]);
    expect(anki.exec("SELECT type, queue FROM cards")[0]!.values).toEqual([[0, 0], [0, 0]]);
    expect(anki.exec("SELECT count(*) FROM revlog")[0]!.values[0]![0]).toBe(0);
    anki.close();

    const hidden = await topicExport.GET(apiRequest(`/api/topics/${topicIds[1]}/export?format=csv`, { cookie: student.cookie }), { params: Promise.resolve({ topicId: topicIds[1]! }) });
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toContain("Question");
    const own = await topicExport.GET(apiRequest(`/api/topics/${topicIds[1]}/export?format=csv`, { cookie: teacher.cookie }), { params: Promise.resolve({ topicId: topicIds[1]! }) });
    expect(readCardCsv(new TextDecoder().decode(await download(own))).cards).toHaveLength(2);
  });

  it("refuses an unknown format with a clear message", async () => {
    const student = await createTestUser(testDb.prisma);
    const res = await studentExport.GET(apiRequest("/api/cards/export?format=pdf", { cookie: student.cookie }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("format must be apkg or csv");
  });
});
