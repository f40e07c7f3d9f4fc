import { describe, expect, it } from "vitest";
import { readDelimited } from "./delimited";

describe("readDelimited", () => {
  it("reads tab-separated lines, Quizlet's default", () => {
    const file = readDelimited("capital of Peru\tLima\nlongest river\tNile\n");
    expect(file.delimiter).toBe("\t");
    expect(file.records).toEqual([
      { line: 1, fields: ["capital of Peru", "Lima"] },
      { line: 2, fields: ["longest river", "Nile"] },
    ]);
  });

  it("reads quoted comma fields with doubled quotes, commas and line breaks inside, CRLF and a BOM", () => {
    const file = readDelimited('\uFEFFa,"b, with ""quotes"""\r\n"two\r\nlines",c\r\nlast,row');
    expect(file.delimiter).toBe(",");
    expect(file.records).toEqual([
      { line: 1, fields: ["a", 'b, with "quotes"'] },
      { line: 2, fields: ["two\r\nlines", "c"] },
      { line: 4, fields: ["last", "row"] },
    ]);
  });

  it("takes the separator, tag column and html flag from Anki's header lines and counts them as lines", () => {
    const file = readDelimited("#separator:semicolon\n#html:true\n#tags column:3\nfront;back;t1 t2\n");
    expect(file).toMatchObject({ delimiter: ";", tagsColumn: 3, html: true });
    expect(file.records).toEqual([{ line: 4, fields: ["front", "back", "t1 t2"] }]);
  });

  it("guesses the separator from the first line, ignoring commas inside quotes", () => {
    expect(readDelimited('"a, b";c\n').delimiter).toBe(";");
    expect(readDelimited("a\tb, c\n").delimiter).toBe("\t");
  });

  it("skips blank lines but keeps counting them", () => {
    const file = readDelimited("a\tb\n\n\r\nc\td\n");
    expect(file.records.map((r) => r.line)).toEqual([1, 4]);
  });

  it("does not take a first card that starts with # for a header", () => {
    const file = readDelimited("#1 export partner\tUSA\n");
    expect(file.records).toEqual([{ line: 1, fields: ["#1 export partner", "USA"] }]);
  });

  it("reads an unclosed quote to the end of the file instead of failing", () => {
    expect(readDelimited('a,"b\nc').records).toEqual([{ line: 1, fields: ["a", "b\nc"] }]);
  });
});
