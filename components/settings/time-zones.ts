/** Every IANA zone the browser knows, always including the given ones (a saved zone, the browser's own). */
export function timeZoneOptions(...include: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  return [...new Set([...zones, ...include.filter(Boolean), "UTC"])].sort((a, b) => a.localeCompare(b));
}

export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

export function hourLabel(hour: number): string {
  if (hour === 0) return "Midnight";
  if (hour === 12) return "Noon";
  return hour < 12 ? `${hour} a.m.` : `${hour - 12} p.m.`;
}
