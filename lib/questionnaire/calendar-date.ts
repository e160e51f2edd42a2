import { z } from "zod";

/** A real calendar date as `YYYY-MM-DD` (zod's ISO date also rejects 2023-02-29 and 2024-13-01). */
const calendarDateSchema = z.iso.date();

const DAY_MS = 24 * 60 * 60 * 1000;

function calendarParts(date: string): readonly [year: number, month: number, day: number] {
  if (!calendarDateSchema.safeParse(date).success) {
    throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  }
  const [year, month, day] = date.split("-").map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/**
 * Age in whole years on `onDate` of someone born on `dateOfBirth` (both `YYYY-MM-DD`).
 *
 * Someone born on 29 February becomes a year older on 1 March in non-leap years (the UK
 * legal convention), which is exactly what comparing (month, day) pairs gives.
 * @throws RangeError if either argument is not a real calendar date.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [birthYear, birthMonth, birthDay] = calendarParts(dateOfBirth);
  const [year, month, day] = calendarParts(onDate);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/**
 * The UTC calendar date of an instant, as `YYYY-MM-DD`.
 * @throws RangeError for an invalid `Date`.
 */
export function utcCalendarDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The calendar date `days` days after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = calendarParts(date);
  return utcCalendarDate(new Date(Date.UTC(year, month - 1, day) + days * DAY_MS));
}
