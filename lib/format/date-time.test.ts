import { describe, expect, it } from "vitest";
import { formatDateTime } from "./date-time";

describe("formatDateTime", () => {
  it("shows the same instant in the reader's own zone", () => {
    const instant = "2026-11-29T20:00:00Z";
    expect(formatDateTime(instant, "Asia/Kolkata")).toMatch(/30 Nov 2026.*1:30/);
    expect(formatDateTime(instant, "America/New_York")).toMatch(/29 Nov 2026.*3:00/);
  });
});
