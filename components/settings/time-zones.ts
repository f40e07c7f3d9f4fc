import { canonicalTimeZone, canonicalTimeZones } from "@/lib/time/time-zones";

/** Every zone the browser knows, once each under its current name, always including the given ones. */
export function timeZoneOptions(...include: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  return canonicalTimeZones([...zones, ...include, "UTC"]);
}

/** The browser's own zone under its current name ("Asia/Kolkata", never "Asia/Calcutta"). */
export function browserTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone ? canonicalTimeZone(zone) : null;
  } catch {
    return null;
  }
}

export function hourLabel(hour: number): string {
  if (hour === 0) return "Midnight";
  if (hour === 12) return "Noon";
  return hour < 12 ? `${hour} a.m.` : `${hour - 12} p.m.`;
}
