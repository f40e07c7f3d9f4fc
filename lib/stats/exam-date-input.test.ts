import { describe, expect, it } from "vitest";
import { examDateInputSchema } from "./exam-date-input";

const schema = examDateInputSchema("2026-05-11");
const message = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("examDateInputSchema", () => {
  it("accepts a future day, and null to clear the date", () => {
    expect(schema.parse({ examDate: "2026-05-12" })).toEqual({ examDate: "2026-05-12" });
    expect(schema.parse({ examDate: null })).toEqual({ examDate: null });
  });

  it("refuses today and the past with a message naming today", () => {
    expect(message({ examDate: "2026-05-11" })).toBe("Exam date must be in the future (after 2026-05-11)");
    expect(message({ examDate: "2025-12-31" })).toMatch(/in the future/);
  });

  it("refuses days that do not exist or are not dates at all", () => {
    expect(message({ examDate: "2026-02-30" })).toBe("Exam date is not a real calendar day");
    expect(message({ examDate: "30/05/2026" })).toBe("Exam date must be a date written YYYY-MM-DD");
    expect(message({ examDate: 20260530 })).toMatch(/YYYY-MM-DD/);
    expect(message({})).toMatch(/YYYY-MM-DD/);
  });

  it("refuses dates absurdly far ahead and unknown fields", () => {
    expect(message({ examDate: "2040-01-01" })).toBe("Exam date must be within 5 years");
    expect(schema.safeParse({ examDate: "2026-06-01", extra: 1 }).success).toBe(false);
  });
});
