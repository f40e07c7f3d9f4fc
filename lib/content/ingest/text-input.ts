import { IngestInputError } from "./types";

// Control characters other than tab, newline, carriage return and form feed do not occur in text files.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * Turns raw file content into text, or throws an IngestInputError saying why it is not an article file
 * (empty, binary, not UTF-8). A leading byte-order mark is dropped.
 */
export function decodeInput(content: Buffer | string): string {
  let text: string;
  if (typeof content === "string") {
    text = content;
  } else {
    if (content.length === 0) throw new IngestInputError("file is empty");
    if (content.subarray(0, 8192).includes(0)) throw new IngestInputError("binary data (NUL bytes), not a text file");
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      throw new IngestInputError("not valid UTF-8 text (binary data or another encoding)");
    }
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new IngestInputError("file is empty");
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(2, text.length * 0.01)) {
    throw new IngestInputError("binary data (control characters), not a text file");
  }
  return text;
}
