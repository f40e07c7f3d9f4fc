/** Limits of one import (issue 15): beyond them the whole file is refused, nothing is created. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_CARDS = 20_000;
/** The longest side of a card we accept, in characters. */
export const CARD_SIDE_MAX = 2_000;

/** A problem with the file as a whole, worded for the person who chose it. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

export function assertImportSize(bytes: number): void {
  if (bytes > IMPORT_MAX_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new ImportFileError(`The file is ${mb} MB; the limit is 20 MB. Split it into smaller files and import them one by one.`);
  }
}

export function assertImportCount(cards: number): void {
  if (cards > IMPORT_MAX_CARDS) {
    throw new ImportFileError(
      `The file holds ${cards.toLocaleString("en-IN")} cards; the limit is ${IMPORT_MAX_CARDS.toLocaleString("en-IN")} per import. Split it and import the parts one by one.`,
    );
  }
}
