import "server-only";
import { AppError } from "@/server/errors";

/** Another student's card and a card that does not exist get the same answer. */
export const personalCardNotFound = (cardId: string) => new AppError("not_found", `You have no card with id "${cardId}".`);
