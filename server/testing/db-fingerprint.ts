import "server-only";
import type { Db } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

/** One hash per table: a refused call must leave every one as it was. One round trip for the whole database. */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const sql = Object.values(Prisma.ModelName)
    .map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** Which rows of each table are someone's own ($1): what another caller's allowed write must not touch. */
const OWNED_ROWS: Partial<Record<Prisma.ModelName, string>> = {
  User: `id = $1`,
  Attempt: `"userId" = $1`,
  AttemptAnswer: `"attemptId" IN (SELECT id FROM "Attempt" WHERE "userId" = $1)`,
  MainsAnswer: `"userId" = $1`,
  Flashcard: `"ownerId" = $1`,
  CardState: `"userId" = $1`,
  ReviewLog: `"userId" = $1`,
  StudySettings: `"userId" = $1`,
  FsrsOptimization: `"userId" = $1`,
  PasswordResetToken: `"userId" = $1`,
  Class: `"teacherId" = $1`,
  ClassMember: `"studentId" = $1 OR "classId" IN (SELECT id FROM "Class" WHERE "teacherId" = $1)`,
  TopicSet: `"teacherId" = $1`,
  Assignment: `"classId" IN (SELECT id FROM "Class" WHERE "teacherId" = $1)`,
  Topic: `"ownerId" = $1`,
  Question: `"ownerId" = $1`,
  StudioTopic: `"ownerId" = $1`,
  StudioTopicVersion: `"topicId" IN (SELECT id FROM "StudioTopic" WHERE "ownerId" = $1)`,
  ArticleText: `"uploadedById" = $1`,
};

export async function ownedFingerprint(db: Db, userId: string): Promise<Record<string, string>> {
  const sql = Object.entries(OWNED_ROWS)
    .map(([t, where]) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x WHERE ${where}`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql, userId);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}
