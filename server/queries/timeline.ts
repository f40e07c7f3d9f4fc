import "server-only";
import type { Db } from "@/server/db";

export type TimelineFact = { id: string; topicId: string; statement: string };
export type TimelineEntry = { id: string; date: string; title: string; facts: TimelineFact[] };
export type TimelineYear = { year: number; events: TimelineEntry[] };

/**
 * The relationship's key events in date order, grouped by year, each with the live facts that
 * record it (a retired fact drops out; an event left with no live fact is not shown). Only
 * shared topics count: a teacher's private topic never shows here.
 */
export async function listTimeline(db: Db): Promise<TimelineYear[]> {
  const events = await db.timelineEvent.findMany({ where: { retiredAt: null }, orderBy: [{ date: "asc" }, { order: "asc" }] });
  const facts = await db.fact.findMany({
    where: { id: { in: [...new Set(events.flatMap((e) => e.factIds))] }, retiredAt: null, topic: { retiredAt: null, ownerId: null } },
    select: { id: true, topicId: true, statement: true },
  });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const years: TimelineYear[] = [];
  for (const event of events) {
    const linked = event.factIds.flatMap((id) => byId.get(id) ?? []);
    if (linked.length === 0) continue;
    const entry = { id: event.id, date: event.date, title: event.title, facts: linked };
    const last = years.at(-1);
    if (last?.year === event.year) last.events.push(entry);
    else years.push({ year: event.year, events: [entry] });
  }
  return years;
}
