import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest } from "@/server/testing/test-users";
import { CALLERS, MATRIX, type Caller, type Expected, type Row } from "@/server/testing/authorization-matrix-table";
import { fingerprint, ownedFingerprint } from "@/server/testing/db-fingerprint";
import { SECRETS, seedAuthorizationWorld, type PersonKey, type Secret, type World } from "@/server/testing/authorization-world";
import { listRouteFiles } from "./route-files";

/**
 * Every route handler against anonymous, another student, the student, another teacher and the owner
 * (the table: server/testing/authorization-matrix-table.ts; route-guard.test.ts keeps it complete). Each
 * call is checked for its status, for leaving the database as it was when refused or only reading, for
 * not touching the owner's rows when someone else's write is allowed, and for carrying no secret its
 * caller may not see.
 */
const testDb = withTestDatabase();
const now = new Date();
let w: World;

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const FILES = new Map(listRouteFiles().map((r) => [r.pattern, r.file]));

async function handlerFor(route: string): Promise<Handler> {
  const [method, pattern] = route.split(" ") as [string, string];
  const file = FILES.get(pattern);
  if (!file) throw new Error(`no route file for ${pattern}`);
  const handler = ((await import(file)) as Record<string, Handler | undefined>)[method];
  if (!handler) throw new Error(`${pattern} has no ${method} handler`);
  return handler;
}

const OWNER: Record<Row["owner"], PersonKey> = { student: "sunita", teacher: "tara", editor: "esha" };
const PERSON: Record<Exclude<Caller, "anonymous" | "owner">, PersonKey> = { anotherStudent: "omar", student: "meera", anotherTeacher: "ravi" };
const personFor = (row: Row, caller: Caller): PersonKey | null => (caller === "anonymous" ? null : caller === "owner" ? OWNER[row.owner] : PERSON[caller]);

const statuses = (e: Expected) => (typeof e === "number" ? [e] : [...e]);
const allowed = (status: number) => status >= 200 && status < 300;
const title = (row: Row, caller: Caller) => `${row.route}${row.what ? ` (${row.what})` : ""} as ${caller} → ${statuses(row.expect[caller]).join(" or ")}`;

beforeAll(async () => {
  w = await seedAuthorizationWorld(testDb.prisma, now);
});

describe("authorization matrix", () => {
  for (const row of MATRIX) {
    for (const caller of CALLERS) {
      it(title(row, caller), async () => {
        const db = testDb.prisma;
        const handler = await handlerFor(row.route);
        const fresh = row.fresh ? await row.fresh({ db, w, now }) : {};
        const c = { db, w, now, fresh };
        const [method, pattern] = row.route.split(" ") as [string, string];
        const params = row.params?.(c) ?? {};
        const path = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? `missing-${name}`);
        const url = row.query ? `${path}?${row.query(c)}` : path;
        const who = personFor(row, caller);
        const owner = w.people[OWNER[row.owner]];
        const body = row.body?.(c);

        if (who && row.endsSessions) {
          const kept = await db.session.findMany({ where: { userId: w.people[who].id } });
          onTestFinished(async () => {
            await db.session.createMany({ data: kept, skipDuplicates: true });
          });
        }
        const [before, ownerBefore] = await Promise.all([fingerprint(db), ownedFingerprint(db, owner.id)]);
        const res = await handler(
          apiRequest(url, { method, ...(who ? { cookie: w.people[who].cookie } : {}), ...(body === undefined ? {} : { body }) }),
          { params: Promise.resolve(params) },
        );
        const text = await res.text();
        expect(statuses(row.expect[caller]), text.slice(0, 500)).toContain(res.status);
        // A refusal from an API route says why, in the one error shape (lib/api/error-body.ts).
        if (!allowed(res.status) && pattern.startsWith("/api/")) expect((JSON.parse(text) as { error?: { message?: unknown } }).error?.message).toEqual(expect.any(String));
        const [after, ownerAfter] = await Promise.all([fingerprint(db), ownedFingerprint(db, owner.id)]);

        if (!allowed(res.status) || row.read) expect(after, "the database changed").toEqual(before);
        else if (caller === "owner") expect(after, "the owner's allowed write changed nothing").not.toEqual(before);
        else if (!row.touchesOwner) expect(ownerAfter, "another caller's write touched the owner's rows").toEqual(ownerBefore);

        for (const [secret, mayRead] of Object.entries(SECRETS) as [Secret, readonly PersonKey[]][]) {
          if (who === null || !mayRead.includes(who)) expect(text, `${secret} leaked`).not.toContain(secret);
        }
        row.check?.(text, caller, c);
      });
    }
  }
});
