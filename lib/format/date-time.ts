/** "29 Nov 2026, 3:05 pm" in the reader's own zone: dates on screen are the student's day, not the server's. */
export function formatDateTime(date: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(date));
}
