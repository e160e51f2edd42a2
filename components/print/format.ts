const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/**
 * An instant as "22 Nov 2026, 14:05 UTC": the same on every printer and in every locale,
 * with no day/month order to misread.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: "${iso}"`);
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return `${day}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** A calendar date (`YYYY-MM-DD`) as "27 Apr 1990". */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) throw new RangeError(`Not a calendar date: "${date}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}
