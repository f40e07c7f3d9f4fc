import { describe, expect, it } from "vitest";
import { readCardCsv, writeCardCsv } from "./csv-cards";
import { planImport, summarize } from "./import-plan";
import { ImportFileError, IMPORT_MAX_CARDS } from "./limits";

describe("readCardCsv", () => {
  it("reads front, back and space-separated tags, skipping a header row", () => {
    const { cards, problems } = readCardCsv("front,back,tags\nWhat is a treaty?,A written agreement,law basics\n");
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ row: 2, kind: "basic", front: "What is a treaty?", back: "A written agreement", tags: ["law", "basics"] });
  });

  it("keeps each tag once, in the file's order, from the column Anki's header names", () => {
    const { cards } = readCardCsv("#separator:tab\n#tags column:4\nAct of 1935\tGovernment of India\tnotes\tlaw Law  basics\n");
    expect(cards[0]).toMatchObject({ front: "Act of 1935", back: "Government of India", tags: ["law", "basics"] });
    const plain = readCardCsv("q\ta\t  polity  rights polity \n").cards[0]!;
    expect(plain).toMatchObject({ front: "q", back: "a", tags: ["polity", "rights"] });
  });

  it("marks a card whose HTML refers to an image or a sound, and says so when that leaves a side empty", () => {
    const { cards } = readCardCsv('#separator:tab\n#html:true\nMap <img src="india.png">\tDelhi\n<img src="flag.png">\tTricolour [sound:anthem.mp3]\nplain\ttext\n');
    expect(cards.map((c) => [c.front, c.media ?? false])).toEqual([
      ["Map", true],
      ["", true],
      ["plain", false],
    ]);
    expect(planImport(cards, new Set()).map((r) => r.error)).toEqual([undefined, "the front is empty (it held only media, which is not imported)", undefined]);
  });

  it("turns Anki HTML into text when the header says html:true", () => {
    const { cards } = readCardCsv("#separator:tab\n#html:true\nA &amp; B<br>line two\t<b>bold</b> &lt;x&gt;\n");
    expect(cards[0]).toMatchObject({ front: "A & B\nline two", back: "bold <x>" });
  });

  it("makes one cloze card per deletion number, the back repeating the answer", () => {
    const { cards } = readCardCsv("The {{c1::red}} fox and the {{c2::lazy::adjective}} dog\textra note\n");
    expect(cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ["cloze", "The {{c1::red}} fox and the lazy dog", "red\nextra note"],
      ["cloze", "The red fox and the {{c1::lazy}} dog", "lazy\nextra note"],
    ]);
  });

  it("reports a row with one column instead of dropping it", () => {
    const { problems } = readCardCsv("a\tb\njust one\n");
    expect(problems).toEqual([{ row: 2, error: expect.stringContaining("only one column") }]);
  });

  it("refuses a file over the card limit as a whole, with the numbers in the message", () => {
    const text = Array.from({ length: IMPORT_MAX_CARDS + 1 }, (_, i) => `q${i}\ta${i}`).join("\n");
    expect(() => readCardCsv(text)).toThrow(ImportFileError);
    expect(() => readCardCsv(text)).toThrow(/20,001 cards; the limit is 20,000/);
  });

  it("round-trips what writeCardCsv writes, cloze cards included, to the same keys", () => {
    const written = [
      { kind: "basic" as const, front: 'Say "hi"\nplease', back: "a\tb", tags: ["t1", "deck::UPSC::GS2"] },
      { kind: "cloze" as const, front: "The {{c1::Shimla}} Agreement", back: "Shimla", tags: [] },
    ];
    const { cards } = readCardCsv(writeCardCsv(written));
    expect(cards.map(({ kind, front, back, tags }) => ({ kind, front, back, tags }))).toEqual(written);
    const again = readCardCsv(writeCardCsv(written)).cards;
    expect(again.map((c) => c.key)).toEqual(cards.map((c) => c.key));
  });
});

describe("planImport", () => {
  const csv = [
    "front\tback",
    "one\tfirst",
    "\tno front",
    "two\t",
    "ONE \t first",
    `${"x".repeat(2001)}\ttoo long`,
    "three\tthird",
  ].join("\n");

  it("reports each bad row with its line and reason, and marks cards the student has as existing", () => {
    const { cards } = readCardCsv(csv);
    const existing = new Set([cards.find((c) => c.front === "three")!.key]);
    const rows = planImport(cards, existing);
    expect(rows.map((r) => [r.card.row, r.status, r.error])).toEqual([
      [2, "new", undefined],
      [3, "error", "the front is empty"],
      [4, "error", "the back is empty"],
      [5, "error", "duplicate of row 2"],
      [6, "error", "the front is 2,001 characters; the limit is 2,000"],
      [7, "exists", undefined],
    ]);
    expect(summarize(rows)).toEqual({ create: 1, existing: 1, errors: 4 });
  });
});
