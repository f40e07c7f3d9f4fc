/**
 * Words as an examiner counts them: runs of non-space characters. Shared by the live counter
 * and the server's answer list so both show the same number. (Pure; would sit in lib/ but
 * that folder belongs to the domain layer's owners.)
 */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
