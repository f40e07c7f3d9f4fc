import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("lint rules that keep the layers apart (eslint.config.mjs)", () => {
  it("components may not import values from the database or server queries; types are fine", async () => {
    const file = "components/fixture/layer-fixture.tsx";
    expect(await ruleHits(file, 'import { getDb } from "@/server/db";\nexport const x = getDb;\n')).toEqual([expect.stringMatching(/load the data in the page/)]);
    expect(await ruleHits(file, 'import { getStudentAssignments } from "@/server/queries/student-assignments";\nexport const x = getStudentAssignments;\n')).toHaveLength(1);
    expect(await ruleHits(file, 'import type { StudentAssignment } from "@/server/queries/student-assignments";\nexport type X = StudentAssignment;\n')).toEqual([]);
    expect(await ruleHits(file, 'import { api } from "@/components/api-client";\nexport const x = api;\n')).toEqual([]);
  });

  it("lib may not import server code, components or React", async () => {
    const file = "lib/fixture/layer-fixture.ts";
    expect(await ruleHits(file, 'import { getDb } from "@/server/db";\nexport const x = getDb;\n')).toEqual([expect.stringMatching(/server code/)]);
    expect(await ruleHits(file, 'import { api } from "@/components/api-client";\nexport const x = api;\n')).toEqual([expect.stringMatching(/components/)]);
    expect(await ruleHits(file, 'import { useState } from "react";\nexport const x = useState;\n')).toEqual([expect.stringMatching(/React/)]);
    expect(await ruleHits(file, 'import { z } from "zod";\nexport const x = z;\n')).toEqual([]);
  });

  it("no file may declare a server action, at the top or inside a function", async () => {
    const hits = async (filePath: string, code: string) =>
      ((await eslint.lintText(code, { filePath }))[0]?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
    expect(await hits("server/fixture/action-fixture.ts", '"use server";\nexport async function act() {}\n')).toEqual([expect.stringMatching(/No server actions/)]);
    expect(await hits("app/fixture/page.tsx", 'export default function Page() {\n  async function act() {\n    "use server";\n  }\n  return act;\n}\n')).toHaveLength(1);
    expect(await hits("components/fixture/client-fixture.tsx", '"use client";\nexport const x = 1;\n')).toEqual([]);
  });
});
