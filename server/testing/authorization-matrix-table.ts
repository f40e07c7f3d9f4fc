import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import { newJoinCode } from "@/server/classes/join-code";
import { createPersonalCard } from "@/server/personal-cards";
import { personalCardInputSchema } from "@/lib/personal-cards/card-input";
import { startAttempt } from "@/server/quiz/start-attempt";
import { createStudioTopic } from "@/server/studio/topics";
import { emptyDocument } from "@/lib/studio/document";
import { hashPassword } from "@/server/auth/password";
import { issueResetToken } from "@/server/accounts/password-reset";
import { apiRequest } from "./test-users";
import { ARTICLE_TEXT, asStudio, PRIVATE_CARD, PRIVATE_MAINS, PRIVATE_TOPIC, type World } from "./authorization-world";

/**
 * The authorization matrix: one or more rows per route handler (`METHOD /pattern`, as on disk), each
 * saying what every kind of caller gets. server/http/route-guard.test.ts fails when a route has no row.
 *
 * Callers: anonymous; another student (Omar, related to nothing); the student (Meera: not the owner, but
 * in the owner's class, so she may see what is assigned to it); another teacher (Ravi); and the owner of
 * the object: a student (Sunita), a teacher (Tara) or an editor (Esha), as `owner` says.
 */
export type Caller = "anonymous" | "anotherStudent" | "student" | "anotherTeacher" | "owner";
export const CALLERS: readonly Caller[] = ["anonymous", "anotherStudent", "student", "anotherTeacher", "owner"];

/** A status, or the statuses any of which is right (a public file that a build may not have made). */
export type Expected = number | readonly number[];
export type Fresh = Record<string, string>;
export type RowContext = { db: Db; w: World; now: Date; fresh: Fresh };

export type Row = {
  route: string;
  /** What this row's request is about, when the route has more than one row. */
  what?: string;
  owner: "student" | "teacher" | "editor";
  expect: Record<Caller, Expected>;
  /** An allowed call changes nothing either. */
  read?: boolean;
  /** Objects made for each call (a fresh attempt, card, class...), so one allowed write never spoils the next row. */
  fresh?: (c: Omit<RowContext, "fresh">) => Promise<Fresh>;
  params?: (c: RowContext) => Record<string, string>;
  query?: (c: RowContext) => string;
  body?: (c: RowContext) => unknown;
  /** Another caller's allowed write may touch the owner's rows (joining a class by its code adds a member to it). */
  touchesOwner?: boolean;
  /** Extra checks on an answer. */
  check?: (body: string, caller: Caller, c: RowContext) => void;
  /**
   * The call ends the caller's sessions (signing in rotates this browser's, signing out ends it or all of
   * them): the runner puts the caller's session rows back afterwards, so later rows keep their cookies.
   */
  endsSessions?: boolean;
};

// Presets, named from the route's point of view.
/** A student's own object, by id: for anyone else it does not exist; teachers are refused the student routes. */
const STUDENT_OWN = (owner: Expected) => ({ anonymous: 401, anotherStudent: 404, student: 404, anotherTeacher: 403, owner });
/** A student route acting on the caller's own data (their settings, cards, queue). */
const ANY_STUDENT = (status: Expected) => ({ anonymous: 401, anotherStudent: status, student: status, anotherTeacher: 403, owner: status });
/** A teacher's (or editor's) own object, by id: another teacher is told it does not exist; students are refused. */
const TEACHER_OWN = (owner: Expected) => ({ anonymous: 401, anotherStudent: 403, student: 403, anotherTeacher: 404, owner });
/** A teacher route acting on the caller's own data (a new class, a new topic set). */
const ANY_TEACHER = (status: Expected) => ({ anonymous: 401, anotherStudent: 403, student: 403, anotherTeacher: status, owner: status });
/** Something on Tara's private topic, reached through a student route: only her class's students may. */
const ASSIGNED = (status: Expected) => ({ anonymous: 401, anotherStudent: 404, student: status, anotherTeacher: 403, owner: 403 });
const SIGNED_IN = (status: Expected) => ({ anonymous: 401, anotherStudent: status, student: status, anotherTeacher: status, owner: status });
const PUBLIC = (status: Expected) => ({ anonymous: status, anotherStudent: status, student: status, anotherTeacher: status, owner: status });

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
const base64 = (text: string) => Buffer.from(text).toString("base64");

// Fresh objects.
const mockAttempt = async ({ db, w, now }: Omit<RowContext, "fresh">) => ({
  attemptId: (await startAttempt(db, w.people.sunita.id, { mode: "mock", questionIds: ["cls-q1", "cls-q2"] }, now)).id,
});
const openDraft = async ({ db, w, now }: Omit<RowContext, "fresh">) => {
  const open = await db.mainsAnswer.findFirst({ where: { userId: w.people.sunita.id, questionId: "cls-mains", submittedAt: null }, select: { id: true } });
  const draft = open ?? (await db.mainsAnswer.create({ data: { userId: w.people.sunita.id, questionId: "cls-mains", startedAt: now }, select: { id: true } }));
  await db.mainsAnswer.update({ where: { id: draft.id }, data: { text: "Secret mains draft of Sunita" } });
  return { answerId: draft.id };
};
const submittedAnswer = async (c: Omit<RowContext, "fresh">) => {
  const { answerId } = await openDraft(c);
  await c.db.mainsAnswer.update({ where: { id: answerId }, data: { submittedAt: c.now } });
  return { answerId };
};
const personalCard = async ({ db, w, now }: Omit<RowContext, "fresh">) => ({
  cardId: (await createPersonalCard(db, w.people.sunita.id, personalCardInputSchema.parse({ kind: "basic", front: "Secret personal card of Sunita", back: "Hers" }), now)).id,
});
/** A catalogue card nobody has studied yet, on a public topic or on Tara's private one. */
const catalogueCard = (topicId: string) => async ({ db }: Omit<RowContext, "fresh">) => {
  const id = `${topicId}-${randomUUID().slice(0, 8)}`;
  await db.flashcard.create({ data: { id, topicId, factIds: [], kind: "basic", front: `Front of ${id}`, back: "Back", order: 50, contentHash: "h", origin: "studio" } });
  return { cardId: id };
};
/** Sunita's answer to a fresh card of Tara's private topic, through the grade route. */
const privateReview = async (c: Omit<RowContext, "fresh">) => {
  const { cardId } = await catalogueCard(PRIVATE_TOPIC)(c);
  const reviewId = randomUUID();
  const { POST } = await import("@/app/api/reviews/route");
  const res = await POST(apiRequest("/api/reviews", { cookie: c.w.people.sunita.cookie, body: { reviewId, cardId, rating: 3, baseVersion: 0, durationMs: 1000 } }));
  if (res.status !== 200) throw new Error(`seeding a review failed: ${res.status} ${await res.text()}`);
  return { reviewId };
};
const ownParameters = async ({ db, w }: Omit<RowContext, "fresh">) => {
  const own = Array.from({ length: 21 }, (_, i) => (i + 1) / 8);
  await db.studySettings.update({ where: { userId: w.people.sunita.id }, data: { fsrsParameters: own } });
  return {};
};
/** A class of Tara's with Sunita and Meera in it, for rows that remove a member or join by code. */
const taraClass = async ({ db, w }: Omit<RowContext, "fresh">) => {
  const cls = await db.class.create({
    data: { teacherId: w.people.tara.id, name: "Morning batch", examYear: 2027, joinCode: newJoinCode(), members: { create: [{ studentId: w.people.sunita.id }, { studentId: w.people.meera.id }] } },
    select: { id: true, joinCode: true },
  });
  return { classId: cls.id, joinCode: cls.joinCode };
};
const assignment = async ({ db, w, now }: Omit<RowContext, "fresh">) => {
  const row = await db.assignment.create({
    data: { classId: w.classId, topicSetId: w.topicSetId, kind: "both", startsAt: new Date(now.getTime() - 3_600_000), dueAt: new Date(now.getTime() + 86_400_000), questionIds: ["cls-q1", "cls-q2"], timeLimitMinutes: 10 },
    select: { id: true },
  });
  return { assignmentId: row.id };
};
const unusedTopicSet = async ({ db, w }: Omit<RowContext, "fresh">) => ({
  topicSetId: (await db.topicSet.create({ data: { teacherId: w.people.tara.id, name: "Spare set", topicIds: ["cls-b"], questionIds: [] }, select: { id: true } })).id,
});
const studioTopic = (who: "tara" | "esha") => async ({ db, w, now }: Omit<RowContext, "fresh">) => ({
  topicId: (await createStudioTopic(db, asStudio(w.people[who], who === "tara" ? "teacher" : "editor"), { title: `Draft by ${who}` }, now)).id,
});

const attemptId = ({ fresh }: RowContext) => ({ attemptId: fresh.attemptId! });
const answerId = ({ fresh }: RowContext) => ({ answerId: fresh.answerId! });
const cardId = ({ fresh }: RowContext) => ({ cardId: fresh.cardId! });
const topicId = ({ fresh }: RowContext) => ({ topicId: fresh.topicId! });
const document = (title: string) => emptyDocument(title, "2026-03-01");
const ACCOUNT_PASSWORD = "a long enough passphrase";
/** An account nobody in the world owns, with a real password hash (the world's people have none). */
const accountWithPassword = async (db: Db) => {
  const email = `signin-${randomUUID().slice(0, 8)}@example.test`;
  await db.user.create({ data: { email, name: "Signing In", role: "student", passwordHash: await hashPassword(ACCOUNT_PASSWORD) } });
  return { email };
};

export const MATRIX: Row[] = [
  // Practice and mock tests: Sunita's attempts.
  { route: "POST /api/attempts", what: "a mock test", owner: "student", expect: ANY_STUDENT(201), body: () => ({ mode: "mock", topicIds: ["cls-a"], count: 2 }) },
  { route: "POST /api/attempts", what: "practice on Tara's private topic", owner: "teacher", expect: ASSIGNED(201), body: () => ({ mode: "practice", topicId: PRIVATE_TOPIC }) },
  // Omar is told the topic does not exist, beside the field.
  { route: "POST /api/attempts", what: "a mock test on Tara's private topic", owner: "teacher", expect: { ...ASSIGNED(201), anotherStudent: 400 }, body: () => ({ mode: "mock", topicIds: [PRIVATE_TOPIC], count: 1 }) },
  { route: "GET /api/attempts/[attemptId]", owner: "student", expect: STUDENT_OWN(200), read: true, fresh: mockAttempt, params: attemptId },
  { route: "PATCH /api/attempts/[attemptId]", owner: "student", expect: STUDENT_OWN(200), fresh: mockAttempt, params: attemptId, body: () => ({ currentIndex: 1 }) },
  { route: "DELETE /api/attempts/[attemptId]", owner: "student", expect: STUDENT_OWN(200), fresh: mockAttempt, params: attemptId },
  { route: "POST /api/attempts/[attemptId]/answers", owner: "student", expect: STUDENT_OWN(200), fresh: mockAttempt, params: attemptId, body: () => ({ questionId: "cls-q1", chosenIndex: 1 }) },
  { route: "POST /api/attempts/[attemptId]/submit", owner: "student", expect: STUDENT_OWN(200), fresh: mockAttempt, params: attemptId },
  // Mistakes exist once a test is submitted: the owner is told to finish first.
  { route: "POST /api/attempts/[attemptId]/mistakes", owner: "student", expect: STUDENT_OWN(409), fresh: mockAttempt, params: attemptId },

  // Mains answers.
  { route: "POST /api/mains", what: "a public question", owner: "student", expect: ANY_STUDENT(201), body: () => ({ questionId: "auth-mains" }) },
  { route: "POST /api/mains", what: "Tara's private question", owner: "teacher", expect: ASSIGNED(201), body: () => ({ questionId: PRIVATE_MAINS }) },
  { route: "GET /api/mains/[answerId]", owner: "student", expect: STUDENT_OWN(200), read: true, fresh: openDraft, params: answerId },
  { route: "PUT /api/mains/[answerId]", owner: "student", expect: STUDENT_OWN(200), fresh: openDraft, params: answerId, body: () => ({ text: "A new draft." }) },
  { route: "POST /api/mains/[answerId]/submit", owner: "student", expect: STUDENT_OWN(200), fresh: openDraft, params: answerId, body: () => ({ text: "My answer." }) },
  { route: "PUT /api/mains/[answerId]/rubric", owner: "student", expect: STUDENT_OWN(200), fresh: submittedAnswer, params: answerId, body: () => ({ checked: [true] }) },

  // Personal cards: a listing is per caller, so another student gets their own.
  {
    route: "GET /api/personal-cards",
    owner: "student",
    expect: ANY_STUDENT(200),
    read: true,
    check: (body, caller) => {
      if (caller === "owner") expectIncludes(body, "Secret personal card of Sunita");
    },
  },
  { route: "POST /api/personal-cards", what: "a card of one's own", owner: "student", expect: ANY_STUDENT(201), body: () => ({ kind: "basic", front: "A new question", back: "An answer" }) },
  {
    route: "POST /api/personal-cards",
    what: "attached to Tara's private topic",
    owner: "teacher",
    // Omar is told the topic does not exist, beside the field.
    expect: { ...ASSIGNED(201), anotherStudent: 400 },
    body: () => ({ kind: "basic", front: "A lantern question", back: "An answer", topicId: PRIVATE_TOPIC }),
  },
  { route: "GET /api/personal-cards/[cardId]", owner: "student", expect: STUDENT_OWN(200), read: true, fresh: personalCard, params: cardId },
  { route: "PUT /api/personal-cards/[cardId]", owner: "student", expect: STUDENT_OWN(200), fresh: personalCard, params: cardId, body: () => ({ kind: "basic", front: "Edited question", back: "Edited answer" }) },
  { route: "DELETE /api/personal-cards/[cardId]", owner: "student", expect: STUDENT_OWN(200), fresh: personalCard, params: cardId },

  // Card exchange: an export is the caller's own cards; a topic deck only for those who may see the topic.
  {
    route: "GET /api/cards/export",
    owner: "student",
    expect: SIGNED_IN(200),
    read: true,
    query: () => "format=csv",
    check: (body, caller) => {
      if (caller === "owner") expectIncludes(body, "Secret personal card of Sunita");
    },
  },
  { route: "POST /api/cards/import/preview", owner: "student", expect: ANY_STUDENT(200), read: true, body: () => ({ fileName: "deck.csv", contentBase64: base64("front,back\nAn imported question,An answer\n") }) },
  { route: "POST /api/cards/import", owner: "student", expect: ANY_STUDENT(201), body: () => ({ fileName: "deck.csv", contentBase64: base64("front,back\nAn imported question,An answer\n") }) },
  {
    route: "GET /api/topics/[topicId]/export",
    what: "Tara's private topic",
    owner: "teacher",
    expect: { anonymous: 401, anotherStudent: 404, student: 200, anotherTeacher: 404, owner: 200 },
    read: true,
    params: () => ({ topicId: PRIVATE_TOPIC }),
    query: () => "format=csv",
  },

  // Reviews: Sunita's answers and cards, and the cards of Tara's private topic, open to her class only.
  { route: "POST /api/reviews", what: "a public card", owner: "student", expect: ANY_STUDENT(200), fresh: catalogueCard("cls-b"), body: ({ fresh }) => ({ reviewId: randomUUID(), cardId: fresh.cardId, rating: 3, baseVersion: 0, durationMs: 1000 }) },
  { route: "POST /api/reviews", what: "a card of Tara's private topic", owner: "teacher", expect: ASSIGNED(200), fresh: catalogueCard(PRIVATE_TOPIC), body: ({ fresh }) => ({ reviewId: randomUUID(), cardId: fresh.cardId, rating: 3, baseVersion: 0, durationMs: 1000 }) },
  { route: "POST /api/reviews/undo", what: "Sunita's review of a private topic's card", owner: "student", expect: STUDENT_OWN(200), fresh: privateReview, body: ({ fresh }) => ({ reviewId: fresh.reviewId }) },
  { route: "POST /api/reviews/flags", what: "a public card", owner: "student", expect: ANY_STUDENT(200), fresh: catalogueCard("cls-b"), body: ({ fresh }) => ({ cardId: fresh.cardId, flagged: true }) },
  { route: "POST /api/reviews/flags", what: "a card of Tara's private topic", owner: "teacher", expect: ASSIGNED(200), body: () => ({ cardId: PRIVATE_CARD, flagged: true }) },
  { route: "POST /api/reviews/flags", what: "Sunita's personal card", owner: "student", expect: STUDENT_OWN(200), fresh: personalCard, body: ({ fresh }) => ({ cardId: fresh.cardId, suspended: true }) },
  { route: "POST /api/reviews/reset", what: "a public card", owner: "student", expect: ANY_STUDENT(200), fresh: catalogueCard("cls-b"), body: ({ fresh }) => ({ cardId: fresh.cardId }) },
  { route: "POST /api/reviews/reset", what: "a card of Tara's private topic", owner: "teacher", expect: ASSIGNED(200), fresh: catalogueCard(PRIVATE_TOPIC), body: ({ fresh }) => ({ cardId: fresh.cardId }) },
  { route: "GET /api/reviews/queue", what: "today's queue", owner: "student", expect: ANY_STUDENT(200), read: true },
  { route: "GET /api/reviews/queue", what: "the next study day's queue, kept offline", owner: "student", expect: ANY_STUDENT(200), read: true, query: () => "day=next" },
  { route: "GET /api/reviews/queue", what: "Tara's private topic", owner: "teacher", expect: ASSIGNED(200), read: true, query: () => `topic=${PRIVATE_TOPIC}` },
  {
    route: "GET /api/reviews/queue",
    what: "a custom session on Tara's assignment",
    owner: "teacher",
    expect: ASSIGNED(200),
    read: true,
    query: ({ w, now }) => `custom=new&limit=5&since=${encodeURIComponent(now.toISOString())}&assignment=${w.assignmentId}`,
  },
  {
    route: "GET /api/reviews/queue",
    what: "a custom session on Tara's topic set",
    owner: "teacher",
    expect: ASSIGNED(200),
    read: true,
    query: ({ w, now }) => `custom=ahead&limit=5&since=${encodeURIComponent(now.toISOString())}&topicSet=${w.topicSetId}`,
  },
  { route: "GET /api/reviews/summary", owner: "student", expect: ANY_STUDENT(200), read: true, query: ({ now }) => `since=${encodeURIComponent(day(now, -1))}` },

  // Settings and the FSRS optimizer: always the caller's own.
  { route: "PUT /api/settings/study", owner: "student", expect: ANY_STUDENT(200), body: () => ({ newCardsPerDay: 37 }) },
  { route: "PUT /api/exam-date", owner: "student", expect: ANY_STUDENT(200), body: () => ({ examDate: "2027-05-23" }) },
  { route: "GET /api/fsrs-optimizer", owner: "student", expect: ANY_STUDENT(200), read: true },
  // Below the review threshold everyone is told how many reviews are needed, and nothing starts.
  { route: "POST /api/fsrs-optimizer", owner: "student", expect: ANY_STUDENT(409) },
  { route: "DELETE /api/fsrs-optimizer/parameters", owner: "student", expect: ANY_STUDENT(200), fresh: ownParameters },
  // Exists only where E2E_SEED_ROUTES=true (scripts/e2e-server.sh); elsewhere a student gets a 404.
  { route: "POST /api/e2e/fsrs-history", owner: "student", expect: ANY_STUDENT(404), body: () => ({ reviews: 10 }) },

  // Classes: Tara's class, with Sunita and Meera in it.
  { route: "POST /api/classes", owner: "teacher", expect: ANY_TEACHER(201), body: () => ({ name: "Another batch", examYear: 2027 }) },
  { route: "POST /api/classes/[classId]/join-code", owner: "teacher", expect: TEACHER_OWN(200), params: ({ w }) => ({ classId: w.classId }) },
  { route: "PATCH /api/classes/[classId]/join-code", owner: "teacher", expect: TEACHER_OWN(200), fresh: taraClass, params: ({ fresh }) => ({ classId: fresh.classId! }), body: () => ({ enabled: false }) },
  { route: "DELETE /api/classes/[classId]/members/[studentId]", owner: "teacher", expect: TEACHER_OWN(200), fresh: taraClass, params: ({ w, fresh }) => ({ classId: fresh.classId!, studentId: w.people.meera.id }) },
  // Meera herself is refused too: self-service reset goes by email.
  { route: "POST /api/classes/[classId]/members/[studentId]/reset-link", owner: "teacher", expect: TEACHER_OWN(201), params: ({ w }) => ({ classId: w.classId, studentId: w.people.meera.id }) },
  {
    route: "POST /api/classes/[classId]/assignments",
    owner: "teacher",
    expect: TEACHER_OWN(201),
    params: ({ w }) => ({ classId: w.classId }),
    body: ({ w, now }) => ({ topicSetId: w.topicSetId, kind: "both", startsAt: now.toISOString(), dueAt: day(now, 7), questionCount: 2, timeLimitMinutes: 5 }),
  },
  { route: "PATCH /api/classes/[classId]/assignments/[assignmentId]", owner: "teacher", expect: TEACHER_OWN(200), fresh: assignment, params: ({ w, fresh }) => ({ classId: w.classId, assignmentId: fresh.assignmentId! }), body: () => ({ archived: true }) },
  {
    route: "POST /api/classes/[classId]/assignments/[assignmentId]/attempt",
    owner: "teacher",
    // A student route: the class's own student may start it; everyone else is refused.
    expect: ASSIGNED(200),
    fresh: assignment,
    params: ({ w, fresh }) => ({ classId: w.classId, assignmentId: fresh.assignmentId! }),
  },
  { route: "GET /api/classes/[classId]/export", owner: "teacher", expect: TEACHER_OWN(200), read: true, params: ({ w }) => ({ classId: w.classId }) },
  { route: "POST /api/topic-sets", what: "public topics", owner: "teacher", expect: ANY_TEACHER(201), body: () => ({ name: "Set B", topicIds: ["cls-b"] }) },
  // Ravi is told Tara's private topic does not exist, beside the field.
  { route: "POST /api/topic-sets", what: "Tara's private topic", owner: "teacher", expect: { ...ANY_TEACHER(201), anotherTeacher: 400 }, body: () => ({ name: "Lanterns", topicIds: [PRIVATE_TOPIC] }) },
  { route: "PATCH /api/topic-sets/[topicSetId]", owner: "teacher", expect: TEACHER_OWN(200), fresh: unusedTopicSet, params: ({ fresh }) => ({ topicSetId: fresh.topicSetId! }), body: () => ({ name: "Renamed", topicIds: ["cls-a", "cls-b"] }) },
  { route: "DELETE /api/topic-sets/[topicSetId]", what: "an unused set", owner: "teacher", expect: TEACHER_OWN(200), fresh: unusedTopicSet, params: ({ fresh }) => ({ topicSetId: fresh.topicSetId! }) },
  { route: "DELETE /api/topic-sets/[topicSetId]", what: "a set in use", owner: "teacher", expect: TEACHER_OWN(409), params: ({ w }) => ({ topicSetId: w.topicSetId }) },
  {
    route: "POST /api/join",
    owner: "teacher",
    // The code is the invitation: Omar holding it may join; Meera is told she already has.
    expect: { anonymous: 401, anotherStudent: 201, student: 409, anotherTeacher: 403, owner: 403 },
    fresh: taraClass,
    body: ({ fresh }) => ({ code: fresh.joinCode }),
    touchesOwner: true,
  },

  // The studio: Tara's private topics and articles; Esha's public topics.
  { route: "POST /api/studio/topics", owner: "teacher", expect: ANY_TEACHER(201), body: () => ({ title: "A new topic" }) },
  { route: "PUT /api/studio/topics/[topicId]", what: "Tara's private topic", owner: "teacher", expect: TEACHER_OWN(200), fresh: studioTopic("tara"), params: topicId, body: () => ({ document: document("Renamed"), baseVersion: 1 }) },
  { route: "PUT /api/studio/topics/[topicId]", what: "Esha's public topic", owner: "editor", expect: TEACHER_OWN(200), fresh: studioTopic("esha"), params: topicId, body: () => ({ document: document("Renamed"), baseVersion: 1 }) },
  { route: "POST /api/studio/topics/[topicId]/status", owner: "teacher", expect: TEACHER_OWN(200), fresh: studioTopic("tara"), params: topicId, body: () => ({ status: "in_review", baseVersion: 1 }) },
  { route: "POST /api/studio/topics/[topicId]/check", owner: "teacher", expect: TEACHER_OWN(200), read: true, params: ({ w }) => ({ topicId: w.taraStudioTopicId }), body: () => ({ document: document("Checked") }) },
  // An empty draft fails its checks: the owner reaches them, and nothing is published.
  { route: "POST /api/studio/topics/[topicId]/publish", owner: "teacher", expect: TEACHER_OWN(400), fresh: studioTopic("tara"), params: topicId, body: () => ({ baseVersion: 1 }) },
  {
    route: "POST /api/studio/sources/preview",
    what: "a copy of Tara's article",
    owner: "teacher",
    expect: ANY_TEACHER(200),
    read: true,
    body: () => ({ fileName: "blue-economy.txt", text: ARTICLE_TEXT }),
    // Only the uploader is told she stored it before: Ravi may not learn of (or open) Tara's text.
    check: (body, caller, { w }) => {
      const sameStory = (JSON.parse(body) as { sameStory: { articleId: string } | null }).sameStory;
      if (caller === "owner") expectEqual(sameStory?.articleId, w.articleId);
      if (caller === "anotherTeacher") expectEqual(sameStory, null);
    },
  },
  {
    route: "POST /api/studio/sources",
    what: "another source of Tara's article",
    owner: "teacher",
    expect: TEACHER_OWN(201),
    body: ({ w }) => ({ source: { fileName: "copy.txt", text: ARTICLE_TEXT }, label: "Another copy", publication: { publisher: "Example Post", url: "unknown", publishedAt: "2026-03-02" }, addToArticleId: w.articleId }),
  },

  // Accounts: for anyone, signed in or not, since each acts on what the body names or on the caller's own sessions.
  {
    route: "POST /api/auth/sign-in",
    what: "the right password of an account of its own",
    owner: "student",
    expect: PUBLIC(200),
    endsSessions: true,
    fresh: ({ db }) => accountWithPassword(db),
    body: ({ fresh }) => ({ email: fresh.email, password: ACCOUNT_PASSWORD, next: "//evil.example/" }),
    check: (body) => expectEqual(JSON.parse(body), { redirectTo: "/dashboard" }),
  },
  {
    route: "POST /api/auth/sign-up",
    owner: "student",
    expect: PUBLIC(201),
    endsSessions: true,
    fresh: async () => ({ email: `matrix-${randomUUID().slice(0, 8)}@example.test` }),
    body: ({ fresh }) => ({ name: "New Student", email: fresh.email, password: ACCOUNT_PASSWORD, role: "student" }),
  },
  // Anonymous too: signing out twice is not an error. The owner's call ends her session, so it writes.
  { route: "POST /api/auth/sign-out", owner: "student", expect: PUBLIC(200), endsSessions: true },
  { route: "POST /api/auth/sign-out-everywhere", owner: "student", expect: SIGNED_IN(200), endsSessions: true },
  {
    route: "POST /api/auth/password-reset/request",
    owner: "student",
    expect: PUBLIC(200),
    // A new address each time, or its three requests an hour would run out.
    fresh: async () => ({ email: `nobody-${randomUUID().slice(0, 8)}@example.test` }),
    body: ({ fresh }) => ({ email: fresh.email }),
  },
  {
    route: "POST /api/auth/password-reset",
    owner: "student",
    expect: PUBLIC(200),
    fresh: async ({ db, now }) => {
      const { id } = await db.user.create({ data: { email: `reset-${randomUUID().slice(0, 8)}@example.test`, name: "Resetting", role: "student", passwordHash: "x" }, select: { id: true } });
      return { token: (await issueResetToken(db, id, null, now)).token };
    },
    body: ({ fresh }) => ({ token: fresh.token, password: ACCOUNT_PASSWORD }),
  },

  // Public.
  { route: "GET /api/health", owner: "student", expect: PUBLIC(200), read: true },
  // Any /api path no route serves: a JSON 404, to anyone.
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map(
    (method): Row => ({ route: `${method} /api/[...path]`, owner: "student", expect: PUBLIC(404), read: true, params: () => ({ path: "no/such/route" }) }),
  ),
  // The service worker script: 404 when no build has made one.
  { route: "GET /sw.js", owner: "student", expect: PUBLIC([200, 404]), read: true },
];

function expectIncludes(body: string, text: string) {
  if (!body.includes(text)) throw new Error(`expected the answer to include "${text}": ${body.slice(0, 300)}`);
}
function expectEqual(actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
