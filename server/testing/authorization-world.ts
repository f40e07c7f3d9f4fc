import "server-only";
import type { Db } from "@/server/db";
import { seedPrivateTopic } from "./private-topic";
import { createClassWithAssignment, seedClassContent } from "@/server/classes/testing/class-fixtures";
import { newJoinCode } from "@/server/classes/join-code";
import { createPersonalCard } from "@/server/personal-cards";
import { personalCardInputSchema } from "@/lib/personal-cards/card-input";
import { createStudioTopic } from "@/server/studio/topics";
import { saveSource } from "@/server/studio/sources";
import type { StudioUser } from "@/server/studio/studio-user";
import { fixture } from "@/lib/content/ingest/fixtures/read-fixture";
import { mainsQ } from "@/lib/quiz/test-fixtures";
import { insertQuestionRows } from "./question-rows";
import { createTestUser } from "./test-users";

/**
 * The people and objects of the authorization matrix (server/http/authorization-matrix.test.ts), seeded
 * once per file. Sunita and Meera study in Tara's class; Omar studies alone; Ravi teaches another class;
 * Esha edits the public catalogue. Tara's private topic is assigned to her class; Ravi's is assigned to nobody.
 */
export type PersonKey = "sunita" | "meera" | "omar" | "tara" | "ravi" | "esha";
export type Person = { id: string; cookie: string };

/**
 * Text that only some people may ever receive, each with who they are. Every response in the matrix is
 * searched for every secret its caller may not see. Capitalised, so ids slugged from them never match.
 */
export const SECRETS = {
  "Secret personal card of Sunita": ["sunita"],
  "Secret mains draft of Sunita": ["sunita"],
  "Secret lantern card of Tara": ["tara", "sunita", "meera"],
  "Secret harbour card of Ravi": ["ravi"],
  "Secret studio draft of Tara": ["tara"],
  "Secret studio draft of Esha": ["esha"],
  "Secret article paragraph of Tara": ["tara", "esha"],
} as const satisfies Record<string, readonly PersonKey[]>;
export type Secret = keyof typeof SECRETS;

export const PRIVATE_TOPIC = "tara-lantern";
export const PRIVATE_CARD = "tara-lantern-card";
export const PRIVATE_MAINS = "tara-lantern-mains";
export const RIVAL_TOPIC = "ravi-harbour";

/** The article Tara uploads, with one paragraph of her own that marks it; the preview row sends the rest. */
export const ARTICLE_TEXT = fixture("blue-economy-plain.txt");
const TARAS_ARTICLE = `${ARTICLE_TEXT.trimEnd()}\n\nSecret article paragraph of Tara, added to the copy she uploaded for her batch.\n`;

/** A person as the studio services take them (they read only the id and the role). */
export const asStudio = (p: Person, role: StudioUser["role"]) => ({ ...p, role, email: `${role}@example.test`, name: role }) as StudioUser;

export type World = Awaited<ReturnType<typeof seedAuthorizationWorld>>;

const privateTopic = (db: Db, id: string, ownerId: string, secret: Secret) =>
  seedPrivateTopic(db, { id, ownerId, prefix: id, title: `Private topic ${id}`, cardFront: `${secret}: when did it begin?` });

export async function seedAuthorizationWorld(db: Db, now: Date) {
  await seedClassContent(db);
  const [sunita, meera, omar, tara, ravi, esha] = await Promise.all([
    createTestUser(db, "student", "Sunita"),
    createTestUser(db, "student", "Meera"),
    createTestUser(db, "student", "Omar"),
    createTestUser(db, "teacher", "Tara"),
    createTestUser(db, "teacher", "Ravi"),
    createTestUser(db, "editor", "Esha"),
  ]);
  const people: Record<PersonKey, Person> = { sunita, meera, omar, tara, ravi, esha };

  // A second public mains question, so opening a draft is a write for Sunita too (she has one on cls-mains).
  await insertQuestionRows(db, [mainsQ({ id: "auth-mains", topicIds: ["cls-b"] })]);
  await privateTopic(db, PRIVATE_TOPIC, tara.id, "Secret lantern card of Tara");
  await privateTopic(db, RIVAL_TOPIC, ravi.id, "Secret harbour card of Ravi");

  const cls = await createClassWithAssignment(db, { teacherId: tara.id, studentIds: [sunita.id, meera.id], topicIds: ["cls-a", PRIVATE_TOPIC], now });
  const rivalClass = await db.class.create({ data: { teacherId: ravi.id, name: "Ravi's batch", examYear: 2027, joinCode: newJoinCode() }, select: { id: true } });

  // Something of Sunita's own to find in every listing and export, and a mains draft only she may read.
  await createPersonalCard(db, sunita.id, personalCardInputSchema.parse({ kind: "basic", front: "Secret personal card of Sunita", back: "Hers" }), now);
  await db.mainsAnswer.create({ data: { userId: sunita.id, questionId: "cls-mains", text: "Secret mains draft of Sunita", startedAt: now } });

  const taraStudio = await createStudioTopic(db, asStudio(tara, "teacher"), { title: "Secret studio draft of Tara" }, now);
  const eshaStudio = await createStudioTopic(db, asStudio(esha, "editor"), { title: "Secret studio draft of Esha" }, now);
  const article = await saveSource(db, asStudio(tara, "teacher"), {
    source: { fileName: "blue-economy.txt", text: TARAS_ARTICLE },
    label: "Blue economy note",
    publication: { publisher: "Example Times", url: "unknown", publishedAt: "2026-03-01" },
  });

  return {
    people,
    ...cls,
    rivalClassId: rivalClass.id,
    taraStudioTopicId: taraStudio.id,
    eshaStudioTopicId: eshaStudio.id,
    articleId: article.articleId,
  };
}
