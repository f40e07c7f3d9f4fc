import { normalizeJoinCode } from "./join-code";

const JOIN_PATH = /^\/join\/([^/?#]+)\/?$/;

/**
 * The join code inside a return path such as "/join/ABCDE-FGH23", so the sign-in and sign-up
 * forms can say which class the visitor is joining; null for any other path.
 */
export function joinCodeFromReturnPath(path: string | null | undefined): string | null {
  const match = JOIN_PATH.exec(path ?? "");
  if (!match) return null;
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  return normalizeJoinCode(raw);
}

/** "/sign-up?next=%2Fjoin%2F…": a link between the auth forms that keeps where the visitor was going. */
export function withReturnPath(page: "/sign-in" | "/sign-up" | "/forgot-password", next: string | null | undefined): string {
  return next ? `${page}?next=${encodeURIComponent(next)}` : page;
}
