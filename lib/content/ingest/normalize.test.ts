import { describe, expect, it } from "vitest";
import { decodeEntities, normalizeInline, normalizeLines } from "./normalize";

const SAMPLES = [
  "Trade rose 12&#8211;15% &amp; exports fell",
  "\u201CA partner,\u201D she said \u2014 then paused\u2026",
  "India\u2013Chile ties in 2024\u201325",
  "The port \u2013 busy as ever \u2013 reopened",
  "caf\u00E9\u00A0au\u202Flait \u200Bzero\u00ADwidth",
  "  spaced\t\tout   words  ",
  "Rock &#x27;n&#x27; roll &nbsp;&mdash; &lsquo;quoted&rsquo;",
];

describe("normalizeInline", () => {
  it("decodes entities, numeric and named", () => {
    expect(normalizeInline("Chile&#8217;s copper &amp; lithium")).toBe("Chile's copper & lithium");
    expect(decodeEntities("no entities here & there")).toBe("no entities here & there");
    expect(normalizeInline("&amp; the &copyright of AT&T")).toBe("& the &copyright of AT&T");
  });

  it("turns curly quotes into straight ones", () => {
    expect(normalizeInline("\u2018one\u2019 and \u201Ctwo\u201D")).toBe("'one' and \"two\"");
  });

  it("makes a tight en dash a hyphen and a spaced en dash or any em dash a spaced hyphen", () => {
    expect(normalizeInline("India\u2013Kenya, 2023\u201324")).toBe("India-Kenya, 2023-24");
    expect(normalizeInline("now \u2013 and later")).toBe("now - and later");
    expect(normalizeInline("data\u2014from stocks\u2014matters")).toBe("data - from stocks - matters");
    expect(normalizeInline("data \u2014 from stocks")).toBe("data - from stocks");
  });

  it("replaces non-breaking and odd spaces, drops invisible characters", () => {
    expect(normalizeInline("10\u00A0km\u202Fnorth\u200B of\u00ADthe coast")).toBe("10 km north ofthe coast");
  });

  it("never leaves curly quotes, long dashes, odd spaces or doubled spaces (rule over samples)", () => {
    for (const s of SAMPLES) {
      const out = normalizeInline(s);
      expect(out).not.toMatch(/[\u2018\u2019\u201C\u201D\u2013\u2014\u00A0\u202F\u200B\u2026]|\s{2,}|&[a-z#0-9]+;/i);
      expect(out).toBe(out.trim());
    }
  });

  it("is idempotent (rule over samples)", () => {
    for (const s of SAMPLES) expect(normalizeInline(normalizeInline(s))).toBe(normalizeInline(s));
  });
});

describe("normalizeLines", () => {
  it("keeps empty lines and handles CRLF", () => {
    expect(normalizeLines("one\r\n\r\ntwo\u00A0 three\n")).toEqual(["one", "", "two three", ""]);
  });
});
