import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "./ingest/ingest";
import { loadContent } from "./load-content";
import { isArticleCitation } from "./schema";

// Checks curated content against a fresh ingest of the real articles, when they are beside the repo:
// the registry in sources.yaml must describe what ingest produces, and every figure a fact states in
// its structured value (an amount with a unit, and its target year) must appear in a paragraph it cites
// (a mechanical fact-check). Counts of listed items and dates read from a publication date are left to
// human review, as are figures whose note says they were computed or come from the official record.
const dir = path.resolve(process.cwd(), "../shared/articles");

describe.skipIf(!existsSync(dir))("curated content against the source articles", () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith(".md")) : [];
  const { articles } = ingestFiles(files.map((f) => ({ file: path.join(dir, f), content: readFileSync(path.join(dir, f)) })));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { content } = loadContent("content");

  it("sources.yaml lists exactly the ingested articles with their paragraph counts", () => {
    const registered = content.sources?.data.articles ?? [];
    expect(registered.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    for (const article of registered) expect(article.paragraphCount).toBe(byId.get(article.id)?.paragraphs.length);
  });

  it("every fact cites real paragraphs, and a figure in its value appears in one of them", () => {
    const problems: string[] = [];
    for (const { data } of content.topics) {
      for (const fact of data.facts) {
        const cited = fact.sources.filter(isArticleCitation).map((s) => byId.get(s.article)?.paragraphs[s.paragraph]?.text);
        if (cited.some((text) => text === undefined)) problems.push(`${fact.id}: cites a paragraph that does not exist`);
        // Figures that come from the official record rather than the articles cite a reference or say so in the note.
        const citesReference = fact.sources.some((s) => !isArticleCitation(s));
        if (!fact.value?.unit || citesReference || /official record|computed/i.test(fact.note ?? "")) continue;
        const figures = [fact.value.number, fact.value.year].filter((n): n is number => n !== undefined).map(String);
        const text = cited.join(" ").replace(/,/g, "");
        for (const figure of figures) {
          const whole = new RegExp(`(^|[^\\d.])${figure.replace(".", "\\.")}(?![\\d])`);
          if (!whole.test(text)) problems.push(`${fact.id}: ${figure} not in cited paragraph(s)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
