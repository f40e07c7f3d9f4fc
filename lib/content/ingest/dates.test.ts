import { describe, expect, it } from "vitest";
import { findDate, isDateLine } from "./dates";

describe("findDate", () => {
  it.each([
    ["March 5, 2025", "2025-03-05"],
    ["Published on Sept. 9 2024", "2024-09-09"],
    ["5th March, 2025", "2025-03-05"],
    ["2026-04-21T18:29:38", "2026-04-21"],
    ["Harbour Wire05-03-2025", "2025-03-05"],
    ["12/31/2024", "2024-12-31"],
    ["31.12.2024", "2024-12-31"],
  ])("reads %s", (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it("reads ambiguous numeric dates day first", () => {
    expect(findDate("04-05-2025")?.iso).toBe("2025-05-04");
  });

  it("rejects impossible dates and bare years", () => {
    expect(findDate("February 30, 2025")).toBeNull();
    expect(findDate("31-31-2025")).toBeNull();
    expect(findDate("in 2025 and 2030")).toBeNull();
  });

  it("returns the earliest date in the text", () => {
    expect(findDate("Updated 2025-07-20, first published July 14, 2025")?.iso).toBe("2025-07-20");
  });
});

describe("isDateLine", () => {
  it("accepts a date with publication words or a time", () => {
    expect(isDateLine("July 14, 2025")).toBe(true);
    expect(isDateLine("Published: 14 July 2025, 10:30 IST")).toBe(true);
  });

  it("rejects sentences that merely contain a date", () => {
    expect(isDateLine("The envoy arrived on July 14, 2025 for talks.")).toBe(false);
    expect(isDateLine("Harbour Wire05-03-2025")).toBe(false);
  });
});
