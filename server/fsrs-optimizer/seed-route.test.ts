import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/e2e/fsrs-history/route";
import { parseServerEnv } from "@/server/env";
import { seedDeck } from "@/server/reviews/test-fixtures";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { e2eSeedRoutesEnabled, seedE2eHistory } from "./seed-route";

const testDb = withTestDatabase();

describe("the e2e history seed route", () => {
  it("is off unless E2E_SEED_ROUTES=true, in production as in development", () => {
    expect(e2eSeedRoutesEnabled(parseServerEnv({ NODE_ENV: "production" }))).toBe(false);
    expect(e2eSeedRoutesEnabled(parseServerEnv({ NODE_ENV: "development" }))).toBe(false);
    expect(e2eSeedRoutesEnabled(parseServerEnv({ NODE_ENV: "production", E2E_SEED_ROUTES: "false" }))).toBe(false);
    expect(e2eSeedRoutesEnabled(parseServerEnv({ NODE_ENV: "production", E2E_SEED_ROUTES: "true" }))).toBe(true);
    expect(() => parseServerEnv({ E2E_SEED_ROUTES: "yes" })).toThrow(/E2E_SEED_ROUTES/);
  });

  it("answers 404 and writes nothing when off (as in every test and production server)", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await seedDeck(db, { topics: 1, perTopic: 5 });
    const res = await POST(apiRequest("/api/e2e/fsrs-history", { method: "POST", cookie: user.cookie, body: { reviews: 500 } }));
    expect(res.status).toBe(404);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
  });

  it("when on, gives the student that many answers over catalogue cards, each card's state matching its last answer", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await seedDeck(db, { topics: 2, perTopic: 20 });
    const env = parseServerEnv({ E2E_SEED_ROUTES: "true" });
    const seeded = await seedE2eHistory(db, user.id, { reviews: 450 }, new Date("2026-06-01T00:00:00Z"), env);
    expect(seeded.reviews).toBe(450);
    expect(await db.reviewLog.count({ where: { userId: user.id, undoneAt: null } })).toBe(450);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(seeded.cards);
  });
});
