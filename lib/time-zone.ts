// The clinic's wall clock, with Intl only: calendar dates, day boundaries and times as the
// clinic reads them in its own time zone (CLINIC_TIME_ZONE), whatever zone the server or
// the patient's browser is in. Browser-safe: the intake checks dates of birth with it too.
import { addDays } from "./questionnaire/calendar-date";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const HOUR_MS = 60 * 60 * 1000;

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/** `Date.UTC`, but taking years 0-99 as they are rather than as 1900-1999. */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** Whether `name` is a time zone this runtime knows (an IANA name such as Europe/London, or UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone: building one costs far more than formatting with it.
function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The clock on the clinic's wall at `instant`: numbers only, so no locale can change them. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes ahead of UTC (-480 in California in winter). */
  readonly offsetMinutes: number;
}

/** @throws RangeError for an invalid `Date` or an unknown time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const asUtc = utcMillis(year, month, day, hour, minute, second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { year, month, day, hour, minute, second, offsetMinutes: Math.round((asUtc - wholeSeconds) / 60_000) };
}

const dateOf = (clock: WallClock): string => `${String(clock.year).padStart(4, "0")}-${twoDigits(clock.month)}-${twoDigits(clock.day)}`;

/** The clinic's calendar date at `instant`, `YYYY-MM-DD`: its "today", and the date a patient's age is taken on. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return dateOf(wallClock(instant, timeZone));
}

/**
 * The first instant of the calendar day `date` (`YYYY-MM-DD`) in `timeZone`: local midnight,
 * or the end of the daylight-saving jump where a zone skips midnight itself.
 */
export function startOfDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const midnightUtc = utcMillis(year, month, day);
  // Local midnight lies within 14 hours of UTC midnight, where at most one offset change
  // happens: an instant found with one of the two offsets seen there is the answer.
  const offsets = new Set([-14, 14].map((hours) => wallClock(new Date(midnightUtc + hours * HOUR_MS), timeZone).offsetMinutes));
  const candidates = [...offsets].map((offset) => midnightUtc - offset * 60_000);
  const exact = candidates.filter((candidate) => {
    const clock = wallClock(new Date(candidate), timeZone);
    return dateOf(clock) === date && clock.hour === 0 && clock.minute === 0;
  });
  // Two exact answers: midnight happened twice (clocks went back at 01:00); the day began at
  // the first. None: clocks jumped over midnight, and the day began at the jump, which is
  // the later candidate (midnight on the clock before the change).
  return new Date(exact.length > 0 ? Math.min(...exact) : Math.max(...candidates));
}

/**
 * A filter for whole calendar days in `timeZone` from `from` to `to`, both included
 * (`YYYY-MM-DD`, either may be left out): `gte` the start of `from`, `lt` the start of the
 * day after `to`. A day is 23 or 25 hours long where the clocks change.
 */
export function dayRange(from: string | undefined, to: string | undefined, timeZone: string): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: startOfDay(from, timeZone) } : {}),
    ...(to ? { lt: startOfDay(addDays(to, 1), timeZone) } : {}),
  };
}

/** An offset as "UTC", or "UTC-08:00" / "UTC+10:30". */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes < 0 ? "-" : "+";
  const size = Math.abs(offsetMinutes);
  return `UTC${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
}

/**
 * An instant as the clinic's wall clock shows it: "22 Nov 2026, 14:05 UTC" or
 * "19 Nov 2026, 23:30 UTC-08:00". The same on every screen, printer and locale, with no
 * day/month order to misread, and the offset so that nobody takes it for their own zone.
 * @throws RangeError for an invalid date or time zone.
 */
export function formatDateTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: "${iso}"`);
  const clock = wallClock(instant, timeZone);
  return `${clock.day} ${MONTHS[clock.month - 1]} ${clock.year}, ${twoDigits(clock.hour)}:${twoDigits(clock.minute)} ${offsetLabel(clock.offsetMinutes)}`;
}

/** A calendar date (`YYYY-MM-DD`) as "27 Apr 1990". */
export function formatCalendarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) throw new RangeError(`Not a calendar date: "${date}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * An instant in ISO 8601 at the clinic's wall clock with its offset, "2026-11-19T23:30:00-08:00":
 * what a spreadsheet shows and what any program reads back to the same instant.
 */
export function isoInZone(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const sign = clock.offsetMinutes < 0 ? "-" : "+";
  const size = Math.abs(clock.offsetMinutes);
  const offset = `${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
  return `${dateOf(clock)}T${twoDigits(clock.hour)}:${twoDigits(clock.minute)}:${twoDigits(clock.second)}${offset}`;
}
