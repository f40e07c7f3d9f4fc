import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";
import { currentNavHref } from "./navigation-current";

describe("currentNavHref", () => {
  it("marks the section the page is in, preferring the most specific link", () => {
    const student = navigationFor("student");
    expect(currentNavHref(student, "/review")).toBe("/review");
    expect(currentNavHref(student, "/review/custom")).toBe("/review");
    expect(currentNavHref(student, "/topics/trade-and-cepa")).toBe("/topics");
    expect(currentNavHref(student, "/reviewers")).toBeNull();
    const teacher = navigationFor("teacher");
    expect(currentNavHref(teacher, "/teacher/topic-sets/new")).toBe("/teacher/topic-sets");
    expect(currentNavHref(teacher, "/teacher/classes/abc")).toBe("/teacher");
  });
});
