/**
 * Join codes: 10 symbols from a 32-symbol alphabet with no look-alikes (no 0/O, 1/I), so
 * 50 bits of entropy. With 5 bits per symbol taken from a random byte, each symbol is uniform
 * (256 is a multiple of 32), so there is no modulo bias.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 10;
export const JOIN_CODE_BITS = JOIN_CODE_LENGTH * Math.log2(JOIN_CODE_ALPHABET.length);

/** Builds a code from random bytes (the caller supplies crypto.randomBytes(JOIN_CODE_LENGTH)). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_LENGTH) throw new RangeError(`need ${JOIN_CODE_LENGTH} random bytes, got ${bytes.length}`);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i]! & 31];
  return code;
}

/**
 * What a person typed, made comparable: case, spaces and dashes are ignored.
 * Returns null when the text cannot be a join code at all (wrong length or a symbol outside the alphabet).
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const c of code) if (!JOIN_CODE_ALPHABET.includes(c)) return null;
  return code;
}

/** Shown and printed in two groups of five, which people copy more reliably. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}
