import { describe, expect, it } from "vitest";
import { fieldErrorsFrom, readApiErrorBody } from "./error-body";

describe("readApiErrorBody", () => {
  it("reads our error shape, with and without field issues, dropping extra keys", () => {
    expect(readApiErrorBody({ error: { code: "conflict", message: "Already done." } })).toEqual({ error: { code: "conflict", message: "Already done." } });
    expect(
      readApiErrorBody({ error: { code: "invalid_input", message: "1 field", issues: [{ path: "name", message: "Too short.", code: "too_small" }], extra: 1 } }),
    ).toEqual({ error: { code: "invalid_input", message: "1 field", issues: [{ path: "name", message: "Too short." }] } });
  });

  it("refuses anything else, so the caller shows a generic message", () => {
    for (const body of [
      null,
      "Bad Gateway",
      [],
      { error: "boom" },
      { error: { code: 500, message: "x" } },
      { error: { code: "x" } },
      { error: { code: "x", message: "m", issues: "name" } },
      { error: { code: "x", message: "m", issues: [{ path: 1, message: "m" }] } },
      { error: { code: "x", message: "m", issues: [null] } },
    ]) {
      expect(readApiErrorBody(body), JSON.stringify(body)).toBeNull();
    }
  });

  it("fieldErrorsFrom keeps the first message per top-level field", () => {
    expect(fieldErrorsFrom([{ path: "steps.0", message: "a" }, { path: "steps.1", message: "b" }, { path: "", message: "c" }])).toEqual({ steps: "a", "": "c" });
  });
});
