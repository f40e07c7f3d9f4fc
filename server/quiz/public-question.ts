import "server-only";

/** Pure, so the studio's preview builds the same view the student receives. */
export { toPublicQuestion } from "@/lib/quiz/public-question";
