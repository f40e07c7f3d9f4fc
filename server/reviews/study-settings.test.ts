import { describe, expect, it } from "vitest";
import { PUT } from "@/app/api/settings/study/route";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/srs";
import { getStudySettings } from "@/server/queries/review-settings";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";

const testDb = withTestDatabase();
const valid = {
  desiredRetention: 0.85,
  newCardsPerDay: 10,
  maxReviewsPerDay: 150,
  learningSteps: ["2m", "15m"],
  relearningSteps: ["5m"],
  timeZone: "Europe/London",
  dayStartHour: 5,
  burySiblings: false,
};
const put = async (cookie: string | undefined, body: unknown) => {
  const res = await PUT(apiRequest("/api/settings/study", { method: "PUT", body, ...(cookie ? { cookie } : {}) }));
  return { status: res.status, body: (await res.json()) as { error?: { message: string; issues?: { path: string }[] } } };
};

describe("PUT /api/settings/study", () => {
  it("stores valid settings and reads them back", async () => {
    const user = await createTestUser(testDb.prisma);
    expect(await getStudySettings(testDb.prisma, user.id)).toEqual(DEFAULT_STUDY_SETTINGS);
    expect(await put(user.cookie, valid)).toEqual({ status: 200, body: { ...valid, fsrsParameters: [] } });
    expect(await getStudySettings(testDb.prisma, user.id)).toEqual({ ...valid, fsrsParameters: [] });
  });

  it("keeps the optimizer's parameters when the form saves, and never takes them from the form", async () => {
    const user = await createTestUser(testDb.prisma);
    const optimized = Array.from({ length: 21 }, (_, i) => 0.25 + i / 4);
    await testDb.prisma.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, fsrsParameters: optimized }, update: { fsrsParameters: optimized } });
    expect(await put(user.cookie, valid)).toEqual({ status: 200, body: { ...valid, fsrsParameters: optimized } });
    const forged = await put(user.cookie, { ...valid, fsrsParameters: optimized.map(() => 1) });
    expect(forged.status).toBe(400);
    expect(forged.body.error?.message).toMatch(/Unexpected field "fsrsParameters"/);
    expect((await getStudySettings(testDb.prisma, user.id)).fsrsParameters).toEqual(optimized);
  });

  it("refuses each bad value with a message naming the field, and keeps what was stored", async () => {
    const user = await createTestUser(testDb.prisma);
    await put(user.cookie, valid);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ desiredRetention: 0.99 }, "desiredRetention", /Desired retention must be between 0.70 and 0.97/],
      [{ desiredRetention: 0.6 }, "desiredRetention", /between 0.70 and 0.97/],
      [{ newCardsPerDay: -1 }, "newCardsPerDay", /New cards per day must be a whole number between 0 and 500/],
      [{ maxReviewsPerDay: 2.5 }, "maxReviewsPerDay", /whole number/],
      [{ learningSteps: ["1x"] }, "learningSteps.0", /Learning steps must look like 1m, 10m, 1h or 1d/],
      [{ relearningSteps: "10m" }, "relearningSteps", /Relearning steps must be a list/],
      [{ timeZone: "Mars/Olympus" }, "timeZone", /IANA name/],
      [{ dayStartHour: 24 }, "dayStartHour", /between 0 and 23/],
      [{ burySiblings: "yes" }, "burySiblings", /Bury related cards must be true or false/],
      [{ colour: "blue" }, "", /Unexpected field "colour"/],
    ];
    for (const [change, path, message] of cases) {
      const res = await put(user.cookie, { ...valid, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(message);
      expect(res.body.error?.issues?.[0]?.path).toBe(path);
    }
    expect(await getStudySettings(testDb.prisma, user.id)).toEqual({ ...valid, fsrsParameters: [] });
    expect((await put(undefined, valid)).status).toBe(401);
  });
});
