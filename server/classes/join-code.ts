import "server-only";
import { randomBytes } from "node:crypto";
import { JOIN_CODE_LENGTH, joinCodeFromBytes } from "@/lib/classes/join-code";
import { isUniqueViolation } from "@/server/db/unique-violation";

export function newJoinCode(): string {
  return joinCodeFromBytes(randomBytes(JOIN_CODE_LENGTH));
}

/**
 * Runs a write that stores a fresh join code, retrying with another code on the (2^-50-unlikely)
 * chance that it collides with an existing one.
 */
export async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}
