import { describe, expect, it } from "vitest";
import { clearLocalData } from "./local-data";

function fakeStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe("clearLocalData", () => {
  it("removes mains drafts and the review outbox and session, and nothing of other apps", () => {
    const local = fakeStorage({ "dossier:mains-draft:q1": "my answer", "dossier:mains-draft:q2": "x", "other-app": "keep" });
    const session = fakeStorage({ "dossier.review.outbox": "[]", "dossier.review.session.all": "{}", theme: "dark" });
    expect(clearLocalData([local, session])).toBe(4);
    expect(local.keys()).toEqual(["other-app"]);
    expect(session.keys()).toEqual(["theme"]);
  });
});
