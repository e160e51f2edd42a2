// A date typed as day, month and year (the GOV.UK date input), read into `YYYY-MM-DD`.
// Pure and without React or zod: the intake's browser code, the validators and any other
// form with a date input (the resume page's date of birth) share it.
import { isCalendarDate } from "./calendar-date";

export type DatePart = "day" | "month" | "year";

/** The parts in the order a date input shows them. */
export const DATE_PARTS: readonly DatePart[] = ["day", "month", "year"];

/** What the three boxes hold, as typed. */
export type DateParts = { readonly [Part in DatePart]: string };

export const EMPTY_DATE_PARTS: DateParts = Object.freeze({ day: "", month: "", year: "" });

/**
 * What can be wrong with the parts, in the order they are reported: nothing typed, one or
 * two parts missing, a year without 4 digits, then a date that does not exist.
 */
export type DatePartsProblem =
  | "required"
  | "missingDay"
  | "missingMonth"
  | "missingYear"
  | "missingDayAndMonth"
  | "missingDayAndYear"
  | "missingMonthAndYear"
  | "yearDigits"
  | "invalid";

export const DATE_PARTS_PROBLEMS: readonly DatePartsProblem[] = [
  "required",
  "missingDay",
  "missingMonth",
  "missingYear",
  "missingDayAndMonth",
  "missingDayAndYear",
  "missingMonthAndYear",
  "yearDigits",
  "invalid",
];

export type DatePartsMessages = Readonly<Record<DatePartsProblem, string>>;

export type DatePartsResult =
  | { readonly ok: true; readonly date: string }
  | {
      readonly ok: false;
      readonly problem: DatePartsProblem;
      readonly message: string;
      /** The boxes to mark as wrong: the missing ones, the year, or all three for the whole date. */
      readonly parts: readonly DatePart[];
    };

const MISSING: Readonly<Record<string, DatePartsProblem>> = {
  day: "missingDay",
  month: "missingMonth",
  year: "missingYear",
  "day,month": "missingDayAndMonth",
  "day,year": "missingDayAndYear",
  "month,year": "missingMonthAndYear",
};

const PARTS_OF: Readonly<Record<DatePartsProblem, readonly DatePart[]>> = {
  required: DATE_PARTS,
  missingDay: ["day"],
  missingMonth: ["month"],
  missingYear: ["year"],
  missingDayAndMonth: ["day", "month"],
  missingDayAndYear: ["day", "year"],
  missingMonthAndYear: ["month", "year"],
  yearDigits: ["year"],
  invalid: DATE_PARTS,
};

/** The boxes a problem is about (all three for a problem with the whole date). */
export function partsWithProblem(problem: DatePartsProblem): readonly DatePart[] {
  return PARTS_OF[problem];
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * GOV.UK's date input messages for a date called `name` (as it starts a sentence, e.g.
 * "Date of birth"). Override any of them by spreading: `{ ...datePartsMessages(name), required: "..." }`.
 */
export function datePartsMessages(name: string): DatePartsMessages {
  return {
    required: `Enter ${lowerFirst(name)}`,
    missingDay: `${name} must include a day`,
    missingMonth: `${name} must include a month`,
    missingYear: `${name} must include a year`,
    missingDayAndMonth: `${name} must include a day and month`,
    missingDayAndYear: `${name} must include a day and year`,
    missingMonthAndYear: `${name} must include a month and year`,
    yearDigits: "Year must include 4 numbers",
    invalid: `${name} must be a real date`,
  };
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const FOUR_DIGITS = /^\d{4}$/;

/** A month as a number, a name or its first three letters ("4", "04", "April", "apr", "Sept."), else `undefined`. */
function monthNumber(text: string): number | undefined {
  if (ONE_OR_TWO_DIGITS.test(text)) return Number(text);
  const name = text.toLowerCase().replace(/\.$/, "");
  if (name === "sept") return 9;
  const index = MONTH_NAMES.findIndex((month) => month === name || (name.length === 3 && month.startsWith(name)));
  return index === -1 ? undefined : index + 1;
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/**
 * Reads a date typed in three boxes. Spaces around each part are ignored, day and month
 * need no leading zero, and the month may be a name ("April", "apr"). The first problem,
 * in the order of `DatePartsProblem`, comes with its message and the boxes it is about.
 *
 * @example parseDateParts({ day: "27", month: "4", year: "1990" }) // { ok: true, date: "1990-04-27" }
 * @example parseDateParts({ day: "27", month: "", year: "1990" }, datePartsMessages("Date of birth"))
 *   // { ok: false, problem: "missingMonth", message: "Date of birth must include a month", parts: ["month"] }
 */
export function parseDateParts(
  parts: Readonly<Partial<Record<DatePart, string | undefined>>>,
  messages: DatePartsMessages = datePartsMessages("Date"),
): DatePartsResult {
  const fail = (problem: DatePartsProblem): DatePartsResult => ({ ok: false, problem, message: messages[problem], parts: PARTS_OF[problem] });
  const day = (parts.day ?? "").trim();
  const month = (parts.month ?? "").trim();
  const year = (parts.year ?? "").trim();

  const given: DateParts = { day, month, year };
  const missing = DATE_PARTS.filter((part) => given[part] === "");
  if (missing.length === DATE_PARTS.length) return fail("required");
  const missingProblem = MISSING[missing.join(",")];
  if (missingProblem !== undefined) return fail(missingProblem);
  if (!FOUR_DIGITS.test(year)) return fail("yearDigits");

  const monthValue = monthNumber(month);
  if (!ONE_OR_TWO_DIGITS.test(day) || monthValue === undefined) return fail("invalid");
  const date = `${year}-${twoDigits(monthValue)}-${twoDigits(Number(day))}`;
  return isCalendarDate(date) ? { ok: true, date } : fail("invalid");
}

/**
 * Whether a value is what a date input's form holds: an object with a string for each part.
 * Anything else (a `YYYY-MM-DD` string included) is not.
 */
export function isDateParts(value: unknown): value is DateParts {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Readonly<Record<string, unknown>>;
  return DATE_PARTS.every((part) => typeof record[part] === "string");
}

const YEAR_MONTH_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The parts to show in the boxes for a `YYYY-MM-DD` date, without leading zeros, as a patient
 * types them ("1990-04-07" gives day "7", month "4", year "1990"). Empty boxes for anything else.
 */
export function datePartsOf(date: string): DateParts {
  const match = YEAR_MONTH_DAY.exec(date);
  if (match === null) return { ...EMPTY_DATE_PARTS };
  const [, year = "", month = "", day = ""] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}
