const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "1953-07-27" → "27 Jul 1953", "2006-02" → "Feb 2006", "1962" → "1962": only as precise as the record. */
export function formatTimelineDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
