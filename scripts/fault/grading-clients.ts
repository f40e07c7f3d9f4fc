// Students grading over HTTP while something breaks, keeping the books a fault test checks: every
// grade the server acknowledged, every grade whose answer never arrived (to be retried with the same
// review id), and how each failure looked to the client.
import { newGrade, sendGrade, type CardRef, type GradeAttempt, type HttpStudent } from "../lib/http-student";

export interface Ledger {
  acknowledged: Map<string, GradeAttempt & { userCookie: string }>;
  /** Sent, no answer (connection dropped): retried later with the same review id. */
  unsent: { client: number; grade: GradeAttempt }[];
  retried: Set<string>;
  /** Every non-200 answer: status, how long it took, and its body. */
  failures: { status: number; ms: number; body: string }[];
}

export function newLedger(): Ledger {
  return { acknowledged: new Map(), unsent: [], retried: new Set(), failures: [] };
}

export interface GradingClient {
  student: HttpStudent;
  cards: CardRef[];
}

/** Splits students' cards among `clients` loops so no two loops share a card. */
export function assignClients(students: HttpStudent[], queues: CardRef[][], clients: number): GradingClient[] {
  const share = Math.ceil(clients / students.length);
  return Array.from({ length: clients }, (_, c) => ({
    student: students[c % students.length]!,
    cards: queues[c % students.length]!.filter((_, i) => i % share === Math.floor(c / students.length)),
  }));
}

/**
 * Each client grades its cards in turn until `shouldStop()` or its request fails without an answer
 * (the server went away): that grade goes to `unsent` and the client stops. A 503 is recorded and the
 * same grade is tried again after a short pause, as the app's client does.
 */
export async function gradeUntil(
  url: () => string,
  clients: GradingClient[],
  ledger: Ledger,
  shouldStop: () => boolean,
  options: { retryOn503?: boolean; timeoutMs?: number } = {},
): Promise<void> {
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; !shouldStop(); i++) {
        const card = client.cards[i % client.cards.length]!;
        const grade = newGrade(card, 1 + (i % 4));
        let done = false;
        while (!done) {
          const t0 = performance.now();
          let res: Awaited<ReturnType<typeof sendGrade>>;
          try {
            res = await sendGrade(url(), client.student, grade, options.timeoutMs ?? 10_000);
          } catch {
            ledger.unsent.push({ client: c, grade });
            return;
          }
          if (res.status === 200) {
            ledger.acknowledged.set(grade.reviewId, { ...grade, userCookie: client.student.cookie });
            card.version = res.version!;
            done = true;
          } else {
            ledger.failures.push({ status: res.status, ms: performance.now() - t0, body: res.body });
            if (!(options.retryOn503 && res.status === 503)) throw new Error(`grade answered ${res.status}: ${res.body}`);
            if (shouldStop()) {
              ledger.unsent.push({ client: c, grade });
              return;
            }
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      }
    }),
  );
}

/** Sends every unsent grade again with its review id; each must now be acknowledged. */
export async function retryUnsent(url: string, clients: GradingClient[], ledger: Ledger): Promise<void> {
  for (const { client, grade } of ledger.unsent.splice(0)) {
    const res = await sendGrade(url, clients[client]!.student, grade);
    if (res.status !== 200) throw new Error(`retry of ${grade.reviewId} answered ${res.status}: ${res.body}`);
    ledger.retried.add(grade.reviewId);
    ledger.acknowledged.set(grade.reviewId, { ...grade, userCookie: clients[client]!.student.cookie });
    const card = clients[client]!.cards.find((c) => c.cardId === grade.cardId)!;
    card.version = res.version!;
  }
}

export interface Audit {
  acknowledged: number;
  retried: number;
  lost: number;
  duplicated: number;
  versionMismatches: number;
  halfWritten: number;
}

/**
 * Checks the database against the ledger: every acknowledged or retried review id is there exactly
 * once, each card's version equals its number of log rows, and each card's stored state is the one
 * its latest log row says it moved to.
 */
export async function audit(query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>, ledger: Ledger): Promise<Audit> {
  const ids = [...ledger.acknowledged.keys()];
  const counts = await query(`select id::text as id, count(*)::int as n from "ReviewLog" where id = any($1::uuid[]) group by id`, [ids]);
  const found = new Map(counts.map((r) => [String(r.id), Number(r.n)]));
  const lost = ids.filter((id) => !found.has(id)).length;
  const duplicateIds = [...found.values()].filter((n) => n > 1).length;
  const [dupKeys] = await query(
    `select count(*)::int as n from (select 1 from "ReviewLog" group by "userId", "cardId", "baseVersion" having count(*) > 1) d`,
  );
  const [mismatch] = await query(
    `select count(*)::int as n from "CardState" cs
     where cs.version <> (select count(*) from "ReviewLog" l where l."userId" = cs."userId" and l."cardId" = cs."cardId")`,
  );
  const [half] = await query(
    `select count(*)::int as n from "CardState" cs
     join lateral (select l.previous, l.state, l."baseVersion" from "ReviewLog" l
                   where l."userId" = cs."userId" and l."cardId" = cs."cardId" order by l."baseVersion" desc limit 1) last on true
     where last."baseVersion" <> cs.version - 1
        or cs.state::text <> (last.previous -> 'next' ->> 'state')
        or cs.reps <> (last.previous -> 'next' ->> 'reps')::int
        or abs(extract(epoch from cs.due) * 1000 - extract(epoch from (last.previous -> 'next' ->> 'due')::timestamptz) * 1000) > 1`,
  );
  return {
    acknowledged: ids.length,
    retried: ledger.retried.size,
    lost,
    duplicated: duplicateIds + Number(dupKeys?.n ?? 0),
    versionMismatches: Number(mismatch?.n ?? 0),
    halfWritten: Number(half?.n ?? 0),
  };
}
