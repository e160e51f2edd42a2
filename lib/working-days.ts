// Working days (Monday to Friday) for the clinic's promise to contact a patient within
// REVIEW_CONTACT_DAYS working days. Pure: the instant and the time zone are arguments, so
// "today" is the clinic's day, not the server's. Bank holidays are not known here.
// Browser-safe: no server imports.
import { addDays } from "@/lib/questionnaire/calendar-date";
import { calendarDateIn } from "@/lib/time-zone";

/** Whether a `YYYY-MM-DD` date falls on Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Working days after `from` up to and including `to` (both `YYYY-MM-DD`): 0 on the same day,
 * 1 from Friday to Monday, 0 from Saturday to Sunday. 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  // At most a few weeks of waiting in practice; a day at a time keeps it obviously right.
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}

/** The date `days` working days after `from`: the last day of a promise made on `from`. */
export function addWorkingDays(from: string, days: number): string {
  let date = from;
  for (let left = days; left > 0; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** How long a submission has waited against the promise to contact the patient. */
export interface Wait {
  /** Working days since the day it arrived (that day itself does not count). */
  workingDays: number;
  /** The last day of the promise, `YYYY-MM-DD` in the clinic's time zone. */
  dueBy: string;
  /** More working days have passed than the promise allows. */
  overdue: boolean;
}

/**
 * A submission made at `submittedAt`, seen at `now`: a promise of 2 working days made on a
 * Monday is kept until the end of Wednesday, and overdue from Thursday; one made on a Friday
 * or at the weekend runs to the end of Tuesday.
 */
export function waitOf(submittedAt: Date, now: Date, promise: { contactDays: number; timeZone: string }): Wait {
  const workingDays = workingDaysSince(submittedAt, now, promise.timeZone);
  const dueBy = addWorkingDays(calendarDateIn(submittedAt, promise.timeZone), promise.contactDays);
  return { workingDays, dueBy, overdue: workingDays > promise.contactDays };
}

/** Working days from the clinic's day of `since` to its day of `now` (the first day not counted). */
export function workingDaysSince(since: Date, now: Date, timeZone: string): number {
  return workingDaysBetween(calendarDateIn(since, timeZone), calendarDateIn(now, timeZone));
}
