import { describe, expect, it } from "vitest";
import { parseMockTestForm } from "./mock-test-limits";

describe("parseMockTestForm", () => {
  it("accepts values in range and refuses the rest with a message per field", () => {
    expect(parseMockTestForm({ count: "10", minutes: "12" })).toEqual({ ok: true, count: 10, minutes: 12 });
    expect(parseMockTestForm({ count: " 100 ", minutes: "1.5" })).toEqual({ ok: true, count: 100, minutes: 1.5 });
    for (const count of ["0", "-3", "101", "2.5", "", "ten"]) {
      const result = parseMockTestForm({ count, minutes: "10" });
      expect(result, count).toEqual({ ok: false, errors: { count: "Number of questions must be a whole number from 1 to 100." } });
    }
    for (const minutes of ["0", "0.5", "241", "", "x"]) {
      const result = parseMockTestForm({ count: "5", minutes });
      expect(result, minutes).toEqual({ ok: false, errors: { minutes: "Time limit must be from 1 to 240 minutes." } });
    }
  });

  it("refuses both fields at once, and numbers that are not finite", () => {
    expect(parseMockTestForm({ count: "Infinity", minutes: "1e400" })).toEqual({
      ok: false,
      errors: { count: "Number of questions must be a whole number from 1 to 100.", minutes: "Time limit must be from 1 to 240 minutes." },
    });
  });
});
