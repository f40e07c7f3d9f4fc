import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatDueDate, formatShortDay, formatStamp, isoDay } from "./dates";

describe("dates", () => {
  it("shows the same instant in the reader's own zone", () => {
    const instant = "2026-11-29T20:00:00Z";
    expect(formatDateTime(instant, "Asia/Kolkata")).toMatch(/30 Nov 2026.*1:30/);
    expect(formatDateTime(instant, "America/New_York")).toMatch(/29 Nov 2026.*3:00/);
    const date = new Date(instant);
    expect(isoDay(date, "Asia/Kolkata")).toBe("2026-11-30");
    expect(isoDay(date, "America/New_York")).toBe("2026-11-29");
    expect(formatStamp(date, "Asia/Kolkata")).toBe("2026-11-30 01:30");
    expect(formatDueDate(date, "Asia/Kolkata")).toBe("Mon, 30 Nov 2026, 01:30");
    expect(formatShortDay(isoDay(date, "America/New_York"))).toBe("29 Nov");
  });

  it("writes a study day as the calendar label it is, whatever the machine's zone", () => {
    expect(formatDay("2026-03-07")).toBe("7 Mar 2026");
    expect(formatShortDay("2026-03-07")).toBe("7 Mar");
  });
});
