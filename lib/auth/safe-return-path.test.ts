import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

const FALLBACK = "/dashboard";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query and hash", () => {
    expect(safeReturnPath("/topics/ks-1?tab=facts#latest", FALLBACK)).toBe("/topics/ks-1?tab=facts#latest");
    expect(safeReturnPath("/teacher/classes/abc", FALLBACK)).toBe("/teacher/classes/abc");
    expect(safeReturnPath("/", FALLBACK)).toBe("/");
  });

  it("uses the fallback for anything that is not a string path", () => {
    expect(safeReturnPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeReturnPath(["/a", "/b"], FALLBACK)).toBe(FALLBACK);
    expect(safeReturnPath("", FALLBACK)).toBe(FALLBACK);
    expect(safeReturnPath("dashboard", FALLBACK)).toBe(FALLBACK);
  });

  // Each of these, handed to a browser as a Location, leaves the site: URL parsers strip
  // tabs and newlines, and treat a backslash like a slash.
  it.each([
    ["tab after the slash", "/\t/evil.example"],
    ["newline after the slash", "/\n/evil.example"],
    ["carriage return after the slash", "/\r/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/dashboard"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["absolute https URL", "https://evil.example/"],
    ["absolute URL with our path", "https://evil.example/dashboard"],
    ["javascript URL", "javascript:alert(1)"],
    ["leading space", " //evil.example"],
    ["tab between the slashes, decoded", decodeURIComponent("/%09/evil.example")],
    ["newline between the slashes, decoded", decodeURIComponent("/%0A/evil.example")],
    ["backslash, decoded", decodeURIComponent("/%5Cevil.example")],
    // Dot segments collapse to a protocol-relative path once normalised.
    ["dot segment before a double slash", "/.//evil.example"],
    ["encoded dot segment before a double slash", "/%2e//evil.example"],
    ["parent segment before a double slash", "/a/..//evil.example"],
    ["dot segment before a backslash", "/./\\evil.example"],
  ])("refuses %s", (_name, value) => {
    const result = safeReturnPath(value, FALLBACK);
    // Wherever the result points, a browser resolving it against our origin must stay there.
    expect(new URL(result, "https://dossier.example").origin).toBe("https://dossier.example");
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result).not.toMatch(/[\t\n\r\\]/);
  });

  it("keeps an encoded sequence encoded, so it stays a path on this site", () => {
    // Not decoded by anyone before us: the browser sees %09 as part of the path.
    const result = safeReturnPath("/%09/evil.example", FALLBACK);
    expect(new URL(result, "https://dossier.example").origin).toBe("https://dossier.example");
    expect(result).toBe("/%09/evil.example");
  });
});
