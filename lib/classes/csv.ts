/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) are prefixed with an apostrophe: a student's name is user input and lands in the
 * teacher's spreadsheet (OWASP "CSV injection"). Plain negative numbers are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?%?$/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A download name made of safe characters only, e.g. "gs2-evening-batch-2026-11-22.csv". */
export function safeFileName(base: string, day: string, extension: string, fallback: string): string {
  const slug = base
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || fallback}-${day}.${extension}`;
}

export function csvFileName(base: string, day: string): string {
  return safeFileName(base, day, "csv", "class");
}
