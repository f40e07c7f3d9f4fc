import { describe, expect, it } from "vitest";
import { formatTimelineDate } from "./timeline-date";
import { timelineEventSchema, timelineYear } from "./schema";

describe("timeline dates", () => {
  it("formats each precision the way a reader writes it", () => {
    expect(formatTimelineDate("1953-07-27")).toBe("27 Jul 1953");
    expect(formatTimelineDate("2006-02")).toBe("Feb 2006");
    expect(formatTimelineDate("1962")).toBe("1962");
    expect(timelineYear("2015-05")).toBe(2015);
  });

  it("accepts YYYY, YYYY-MM and real days only", () => {
    const event = (date: string) => ({ id: "e", date, title: "Something happened", factIds: ["f"] });
    for (const ok of ["1962", "2015-05", "2024-02-29"]) expect(timelineEventSchema.safeParse(event(ok)).success, ok).toBe(true);
    for (const bad of ["62", "2015-13", "2023-02-29", "May 2015", "2015-5"]) expect(timelineEventSchema.safeParse(event(bad)).success, bad).toBe(false);
    expect(timelineEventSchema.safeParse({ ...event("2015"), factIds: [] }).success).toBe(false);
    expect(timelineEventSchema.safeParse({ ...event("2015"), title: Array.from({ length: 21 }, () => "word").join(" ") }).success).toBe(false);
  });
});
