import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCopyIndex, copyWords, findCopiedRuns } from "./copy-check";

const ARTICLE =
  "Seoul and New Delhi agreed on Tuesday to expand cooperation in shipbuilding, semiconductors and critical minerals, " +
  "and the two leaders said the partnership had &ldquo;never been stronger&rdquo; in its five decades.";
const index = buildCopyIndex([{ id: "summit", text: ARTICLE }]);

describe("copy check", () => {
  it("tokenises like copycheck.py: entities, tags and curly quotes", () => {
    expect(copyWords("<p>India&#8217;s &amp; Korea’s “ties”</p>")).toEqual(["india's", "korea's", "ties"]);
  });

  it("flags a pasted sentence as one merged run, naming the article", () => {
    const runs = findCopiedRuns("As reported, seoul and new delhi agreed on Tuesday to expand cooperation in shipbuilding, semiconductors. Then more.", index);
    expect(runs).toEqual([{ articleId: "summit", words: 13, text: "seoul and new delhi agreed on tuesday to expand cooperation in shipbuilding semiconductors" }]);
  });

  it("allows a nine-word overlap and text in one's own words", () => {
    expect(findCopiedRuns("Seoul and New Delhi agreed on Tuesday to expand", index)).toEqual([]);
    expect(findCopiedRuns("In 2026 both capitals widened work on ships, chips and minerals.", index)).toEqual([]);
  });

  const script = path.resolve("../shared/tools/copycheck.py");
  it.skipIf(!existsSync(script) || spawnSync("python3", ["--version"]).status !== 0)("agrees with copycheck.py on the same texts", () => {
    const root = mkdtempSync(path.join(tmpdir(), "copycheck-"));
    const project = path.join(root, "project");
    const articles = path.join(root, "articles");
    mkdirSync(project);
    mkdirSync(articles);
    writeFileSync(path.join(articles, "summit.txt"), ARTICLE);
    const texts = [
      "Quote: the two leaders said the partnership had “never been stronger” in its five decades.",
      "Seoul and New Delhi agreed on Tuesday to expand cooperation — shipbuilding.",
      "Nothing copied here at all, only our own words about ships and chips.",
    ];
    texts.forEach((t, i) => writeFileSync(path.join(project, `t${i}.md`), t));
    const out = spawnSync("python3", [script, project, articles], { encoding: "utf8" }).stdout;
    for (const [i, t] of texts.entries()) {
      const theirs = out.split("\n").filter((l) => l.startsWith(`t${i}.md:`)).map((l) => Number(/: (\d+) words copied/.exec(l)?.[1]));
      expect(findCopiedRuns(t, index).map((r) => r.words)).toEqual(theirs);
    }
  });
});
