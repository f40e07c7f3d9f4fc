import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "./ingest";
import { normalizeInline } from "./normalize";
import { splitSentences } from "./sentences";

// Integration test over the real source articles. Nothing from them is pasted here: every
// expectation about their text is computed from the files at test time.
const dir = path.resolve(process.cwd(), "../shared/articles");
const contract = path.resolve(process.cwd(), "docs/content-contract.md");

function read(prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no article file starting with ${prefix}`);
  return readFileSync(path.join(dir, name), "utf8");
}

/** The ids the contract lists, with the file numbers it says each id comes from. */
function contractIds(): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const m of readFileSync(contract, "utf8").matchAll(/^- `([a-z0-9-]+)` \(files? ([0-9, ]+)/gm)) {
    ids.set(m[1] ?? "", (m[2] ?? "").split(/[ ,]+/).filter(Boolean));
  }
  return ids;
}

describe.skipIf(!existsSync(dir))("ingest of /work/shared/articles", () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith(".md")).sort() : [];
  const { articles, errors } = ingestFiles(files.map((f) => ({ file: path.join(dir, f), content: readFileSync(path.join(dir, f)) })));
  const merged = articles.find((a) => a.sources.length === 3);

  it("yields exactly three articles and no errors", () => {
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(3);
  });

  it("uses the ids the contract lists, each with the files it names", () => {
    const expected = contractIds();
    expect(expected.size).toBe(3);
    const actual = articles.map((a) => [a.id, a.sources.map((s) => s.file.slice(0, 3))]);
    expect(actual).toEqual([...expected].sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  it("merges 000, 001 and 002 with each copy's publisher and date", () => {
    expect(merged?.sources.map(({ file, publisher, publishedAt }) => [file.slice(0, 3), publisher, publishedAt])).toEqual([
      ["000", "unknown", "unknown"],
      ["001", "Today Headline", "2025-07-14"],
      ["002", "AllAfrica via Daily8", "2025-07-14"],
    ]);
  });

  it("records no date for 003, whose text carries none", () => {
    const single = articles.find((a) => a.sources[0]?.file.startsWith("003"));
    expect(single?.sources[0]?.publishedAt).toBe("unknown");
  });

  it("takes the merged article's paragraphs from the non-empty lines of 000, headings marked", () => {
    const lines = read("000").split("\n").map(normalizeInline).filter((l) => l !== "");
    expect(lines).toHaveLength(30);
    const isHeading = (l: string) => l.split(/\s+/).length < 12 && !/[.!?]["')\]]*$/.test(l);
    expect(merged?.paragraphs).toEqual(lines.map((text) => ({ text, heading: isHeading(text) })));
    expect(merged?.paragraphs.filter((p) => p.heading).length).toBeGreaterThan(0);
  });

  const raw002 = existsSync(dir) ? read("002") : "";
  const marker = /^\s*related articles\s*$/im.exec(raw002);
  const appended = raw002
    .slice(marker?.index ?? 0)
    .split("\n")
    .flatMap((line) => splitSentences(normalizeInline(line)))
    .filter((s) => s.split(/\s+/).length >= 8);

  it("lets no sentence of the stories appended to 002 into any paragraph or candidate fact", () => {
    expect(marker).not.toBeNull();
    expect(appended.length).toBeGreaterThan(5);
    const output = articles.flatMap((a) => [...a.paragraphs.map((p) => p.text), ...a.candidateFacts.map((f) => f.text)]).join("\n");
    for (const sentence of appended) expect(output).not.toContain(sentence);
  });

  it("cuts 002 on its own to exactly the op-ed's text paragraphs (the copy without headings)", () => {
    // In the merged article 000 supplies the paragraphs, so check 002's own extraction directly.
    const alone = ingestFiles([{ file: "002.txt", content: raw002 }]).articles[0];
    const texts = alone?.paragraphs.map((p) => p.text) ?? [];
    for (const sentence of appended) expect(texts.join("\n")).not.toContain(sentence);
    expect(texts).toEqual(merged?.paragraphs.filter((p) => !p.heading).map((p) => p.text));
  });
});
