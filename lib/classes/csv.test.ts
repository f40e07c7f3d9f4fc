import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "./csv";

/** A strict RFC 4180 reader, to check that whatever we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csv", () => {
  it("reads back every safe cell exactly, whatever quotes, commas or newlines it holds", () => {
    const cells = ["plain", 'say "hi"', "a,b", "two\nlines", "", "12/15", "-3", "4.67/6", "Rao, Asha", "ẞtraße 😀"];
    const rows = [cells, [...cells].reverse()];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it("defuses cells a spreadsheet would run as formulas but keeps negative numbers", () => {
    for (const evil of ["=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"]) {
      expect(parseCsv(toCsv([[evil]]))[0]![0]).toBe(`'${evil}`);
    }
    expect(csvCell("-1.33")).toBe("-1.33");
    expect(csvCell(null)).toBe("");
  });

  it("names the file with safe characters only", () => {
    expect(csvFileName("GS2: Evening batch / 2027", "2026-11-22")).toBe("gs2-evening-batch-2027-2026-11-22.csv");
    expect(csvFileName('"; rm -rf', "2026-11-22")).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(csvFileName("!!!", "2026-11-22")).toBe("class-2026-11-22.csv");
  });
});
