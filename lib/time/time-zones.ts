/**
 * Time zones under one name each. Browsers and Node list CLDR's legacy ids (Asia/Calcutta,
 * Europe/Kiev) while people and the IANA database now use the current ones (Asia/Kolkata,
 * Europe/Kyiv); both name the same zone, so a list offering both looks like two choices.
 * Every zone we store or show goes through `canonicalTimeZone`.
 */
const CURRENT_NAME: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Chongqing": "Asia/Shanghai",
  "Asia/Chungking": "Asia/Shanghai",
  "Asia/Dacca": "Asia/Dhaka",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Macao": "Asia/Macau",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Thimbu": "Asia/Thimphu",
  "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
  "Etc/UTC": "UTC",
  "Etc/UCT": "UTC",
  "Etc/Universal": "UTC",
  "Etc/Zulu": "UTC",
  "Etc/GMT": "UTC",
  "Etc/Greenwich": "UTC",
  GMT: "UTC",
  UCT: "UTC",
  Universal: "UTC",
  Zulu: "UTC",
};

/** The zone of someone who has not chosen one: the exam is Indian, and so are most students. */
export const DEFAULT_TIME_ZONE = "Asia/Kolkata";

/** The one name we use for a zone: "Asia/Calcutta" → "Asia/Kolkata"; unknown names pass through. */
export function canonicalTimeZone(zone: string): string {
  return CURRENT_NAME[zone] ?? zone;
}

/** A sorted list with each zone once, under its current name. */
export function canonicalTimeZones(zones: Iterable<string>): string[] {
  return [...new Set([...zones].filter(Boolean).map(canonicalTimeZone))].sort((a, b) => a.localeCompare(b));
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

function wallClock(date: Date, timeZone: string): WallClock {
  const out: Record<string, number> = {};
  const formatter = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  for (const part of formatter.formatToParts(date)) if (part.type !== "literal") out[part.type] = Number(part.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute! };
}

/** Minutes the zone is ahead of UTC at `date` (330 for Asia/Kolkata). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/** "UTC+05:30" */
export function offsetLabel(date: Date, timeZone: string): string {
  const minutes = offsetMinutes(date, timeZone);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A datetime-local value ("2026-12-02T21:00") read as a wall-clock time in `timeZone`, as ISO;
 * undefined when blank or unreadable. Around a daylight-saving change the later offset wins.
 */
export function zonedInputToIso(value: string, timeZone: string): string | undefined {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return undefined;
  let instant = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The reverse: an instant as the datetime-local value a person in `timeZone` would type. */
export function isoToZonedInput(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
