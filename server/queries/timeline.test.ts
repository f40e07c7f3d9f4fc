import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { createTestUser } from "@/server/testing/test-users";
import { listTimeline } from "./timeline";

const testDb = withTestDatabase();
const rows = loadCheckedContent();
const now = new Date("2026-11-29T00:00:00Z");

beforeAll(async () => {
  await syncContent(testDb.prisma, rows, now);
});

describe("relationship timeline", () => {
  it("lists every event once, year by year in date order, with its linked facts", async () => {
    const years = await listTimeline(testDb.prisma);
    const events = years.flatMap((y) => y.events);
    expect(events.map((e) => e.id).sort()).toEqual(rows.timeline.map((e) => e.id).sort());
    expect(years.map((y) => y.year)).toEqual([...new Set(years.map((y) => y.year))].sort((a, b) => a - b));
    for (const { year, events: inYear } of years) {
      expect(inYear.map((e) => e.date)).toEqual([...inYear.map((e) => e.date)].sort());
      for (const event of inYear) {
        expect(event.date.startsWith(String(year))).toBe(true);
        const row = rows.timeline.find((e) => e.id === event.id)!;
        expect(event.facts.map((f) => f.id)).toEqual(row.factIds);
        for (const fact of event.facts) {
          expect(fact).toEqual({ id: fact.id, topicId: rows.facts.find((f) => f.id === fact.id)!.topicId, statement: rows.facts.find((f) => f.id === fact.id)!.statement });
        }
      }
    }
  });

  it("drops a retired fact, and an event left with none, but never shows a private topic's facts", async () => {
    const linkCount = (id: string) => rows.timeline.filter((e) => e.factIds.includes(id)).length;
    const event = rows.timeline.find((e) => e.factIds.length === 1 && linkCount(e.factIds[0]!) === 1)!;
    const [factId] = event.factIds;
    await testDb.prisma.fact.update({ where: { id: factId! }, data: { retiredAt: now } });
    const shared = rows.timeline.find((e) => e.factIds.length > 1 && e.factIds.every((id) => linkCount(id) === 1))!;
    const [hidden, ...kept] = shared.factIds;
    const topicId = rows.facts.find((f) => f.id === hidden)!.topicId;
    // A fact moved to a private topic stands in for a teacher's topic that an event might link to.
    const owner = await createTestUser(testDb.prisma, "teacher");
    await testDb.prisma.topic.create({ data: { id: "private-timeline-topic", title: "Private", summary: "s", whyItMatters: "w", syllabusTags: [], relatedTopics: [], asOf: now, order: 999, contentHash: "x", ownerId: owner.id } });
    await testDb.prisma.fact.update({ where: { id: hidden! }, data: { topicId: "private-timeline-topic" } });

    const events = (await listTimeline(testDb.prisma)).flatMap((y) => y.events);
    expect(events.map((e) => e.id)).not.toContain(event.id);
    expect(events.find((e) => e.id === shared.id)?.facts.map((f) => f.id)).toEqual(kept);
    await testDb.prisma.fact.update({ where: { id: hidden! }, data: { topicId } });
  });
});
