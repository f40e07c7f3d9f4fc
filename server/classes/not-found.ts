import "server-only";
import { AppError } from "@/server/errors";

/**
 * One message for "missing" and "not yours", so a caller cannot probe which classes,
 * topic sets or assignments exist.
 */
export const noClass = () => new AppError("not_found", "There is no such class among your classes.");
export const noTopicSet = () => new AppError("not_found", "There is no such topic set among yours.");
export const noAssignment = () => new AppError("not_found", "There is no such assignment in this class.");
