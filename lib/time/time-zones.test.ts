import { describe, expect, it } from "vitest";
import { parseStudySettings } from "@/lib/srs/settings";
import { canonicalTimeZone, canonicalTimeZones, isoToZonedInput, offsetLabel, zonedInputToIso } from "./time-zones";

describe("canonical time zones", () => {
  it("names a zone once, by its current IANA name", () => {
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
  });

  it("settings read and save a legacy name under the current one", () => {
    expect(parseStudySettings({ timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Kolkata");
  });

  it("the runtime's own zone list has no zone twice once canonical", () => {
    const zones = canonicalTimeZones([...Intl.supportedValuesOf("timeZone"), "Asia/Kolkata", "UTC"]);
    expect(zones).toContain("Asia/Kolkata");
    expect(zones).not.toContain("Asia/Calcutta");
    expect(new Set(zones).size).toBe(zones.length);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
  });
});

describe("due dates typed in the teacher's zone", () => {
  it("reads 2 Dec 21:00 in Asia/Kolkata as 15:30 UTC, whatever the browser's zone", () => {
    expect(zonedInputToIso("2026-12-02T21:00", "Asia/Kolkata")).toBe("2026-12-02T15:30:00.000Z");
    expect(isoToZonedInput("2026-12-02T15:30:00.000Z", "Asia/Kolkata")).toBe("2026-12-02T21:00");
    expect(offsetLabel(new Date("2026-12-02T15:30:00Z"), "Asia/Kolkata")).toBe("UTC+05:30");
  });

  it("follows daylight saving in zones that have it", () => {
    expect(zonedInputToIso("2026-07-01T09:00", "Europe/London")).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedInputToIso("2026-12-01T09:00", "Europe/London")).toBe("2026-12-01T09:00:00.000Z");
    expect(offsetLabel(new Date("2026-12-01T12:00:00Z"), "America/New_York")).toBe("UTC−05:00");
  });

  it("refuses blank or malformed input", () => {
    expect(zonedInputToIso("", "UTC")).toBeUndefined();
    expect(zonedInputToIso("tomorrow", "UTC")).toBeUndefined();
  });
});
