// Plain date arithmetic, no library: the patient's browser checks dates with it too.

const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month and day of a real calendar date written `YYYY-MM-DD`, else `undefined`. */
function parseCalendarDate(date: string): readonly [year: number, month: number, day: number] | undefined {
  const match = YEAR_MONTH_DAY.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? [year, month, day] : undefined;
}

/** Whether `date` is a real calendar date written `YYYY-MM-DD` (so not 2023-02-29, nor 2024-13-01). */
export function isCalendarDate(date: string): boolean {
  return parseCalendarDate(date) !== undefined;
}

function calendarParts(date: string): readonly [year: number, month: number, day: number] {
  const parts = parseCalendarDate(date);
  if (parts === undefined) throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got "${date}"`);
  return parts;
}

/** The oldest patient the clinic treats: an older date of birth is taken for a typing mistake. */
export const MAX_AGE_YEARS = 120;

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
  // Not Date.UTC, which reads years 0-99 as 1900-1999.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day + days);
  return utcCalendarDate(instant);
}
