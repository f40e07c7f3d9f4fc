import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";

const testDb = withTestDatabase();

describe("concurrent transactions", () => {
  it("50 concurrent interactive transactions each land exactly once, without interleaving", async () => {
    const { prisma } = testDb;
    const marker = `concurrency-${Date.now()}`;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        prisma.$transaction(async (tx) => {
          const hit = await tx.rateLimitHit.create({ data: { bucket: marker, key: `k${i}` } });
          // Yield mid-transaction so other requests get a chance to run on the same connection.
          await new Promise((resolve) => setTimeout(resolve, 5));
          const seen = await tx.rateLimitHit.count({ where: { bucket: marker } });
          await tx.rateLimitHit.update({ where: { id: hit.id }, data: { key: `k${i}:${seen}` } });
          // PGlite runs them one at a time, so the last waits for 49 others: allow that on a busy machine.
        }, { maxWait: 30_000 }),
      ),
    );
    const rows = await prisma.rateLimitHit.findMany({ where: { bucket: marker } });
    expect(rows).toHaveLength(50);
    const indices = rows.map((row) => Number(row.key.split(":")[0]!.slice(1))).sort((a, b) => a - b);
    expect(indices).toEqual(Array.from({ length: 50 }, (_, i) => i));
    if (testDb.database.target.kind === "pglite") {
      // One connection: had another request's statements run inside an open transaction,
      // two transactions would have counted the same number of rows.
      const seen = rows.map((row) => Number(row.key.split(":")[1])).sort((a, b) => a - b);
      expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    }
  });

  it("a transaction that fails rolls back only its own writes", async () => {
    const { prisma } = testDb;
    const marker = `rollback-${Date.now()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        prisma.$transaction(async (tx) => {
          await tx.rateLimitHit.create({ data: { bucket: marker, key: `k${i}` } });
          await new Promise((resolve) => setTimeout(resolve, 2));
          if (i % 2 === 1) throw new Error(`abort ${i}`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(10);
    const keys = (await prisma.rateLimitHit.findMany({ where: { bucket: marker } })).map((r) => r.key).sort();
    expect(keys).toEqual(Array.from({ length: 10 }, (_, i) => `k${i * 2}`).sort());
  });
});
