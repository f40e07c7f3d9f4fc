import { describe, expect, it } from "vitest";
import { highlightFigures } from "./highlight-numbers";

const figures = (s: string) => highlightFigures(s).filter((x) => x.figure).map((x) => x.text);

describe("highlightFigures", () => {
  it("marks money, percentages, years and year ranges as whole figures", () => {
    expect(figures("Trade reached $26.89 billion in 2024-25, up about 90% from 2010.")).toEqual(["$26.89 billion", "2024-25", "90%", "2010"]);
    expect(figures("A target of US$ 50 billion by 2030")).toEqual(["US$ 50 billion", "2030"]);
    expect(figures("₹1,200 crore and 12 per cent")).toEqual(["₹1,200 crore", "12 per cent"]);
  });

  it("never loses or reorders text", () => {
    for (const s of ["No figures here.", "", "50th anniversary in 2023", "1 2 3", "$5"]) {
      expect(highlightFigures(s).map((x) => x.text).join("")).toBe(s);
    }
  });

  it("leaves words that merely contain digits-like letters alone", () => {
    expect(figures("The G20 summit")).toEqual([]);
  });
});
