// The rules an answer must meet beyond its kind and length. The server's zod schemas
// (field-schemas.ts, schema.ts) and the browser's step checks (step-check.ts) both call
// these, so the two validators share every rule and cannot drift apart on one.
import { calendarDateIn } from "@/lib/time-zone";
import { ageOn, MAX_AGE_YEARS } from "./calendar-date";
import { parseDateParts, type DateParts, type DatePartsProblem } from "./date-parts";

export interface SchemaOptions {
  /**
   * The latest acceptable date of birth, `YYYY-MM-DD`. Pass it in tests; by default it is
   * read at each validation as today in `timeZone`.
   */
  readonly today?: string;
  /**
   * The clinic's time zone (CLINIC_TIME_ZONE), default UTC: the server and the patient's
   * browser both take "today" on the clinic's calendar, so they agree on a date of birth
   * whatever zone the patient's phone is set to.
   */
  readonly timeZone?: string;
}

const PHONE_CHARACTERS = /^[0-9 +\-()]*$/;
const PHONE_DIGITS = { min: 7, max: 20 };

/**
 * An email address as the clinic accepts it: zod 4's default email pattern, written out so
 * the browser can check an address without zod. The server's schema hands it to `z.email`.
 */
export const EMAIL_ADDRESS = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Whether a trimmed phone number is acceptable; an empty one is how a form says "not given". */
export function isPhoneNumber(phone: string, maxLength: number): boolean {
  const digits = phone.replace(/\D/g, "").length;
  const wellFormed = phone.length <= maxLength && PHONE_CHARACTERS.test(phone);
  return phone === "" || (wellFormed && digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max);
}

/** The latest date of birth accepted now (`YYYY-MM-DD`). */
export function latestDateOfBirth(options: SchemaOptions): string {
  return options.today ?? calendarDateIn(new Date(), options.timeZone ?? "UTC");
}

/** Whether someone born on `dateOfBirth` (a real date) would be older than anyone the clinic treats. */
export function isImplausiblyOld(dateOfBirth: string, latest: string): boolean {
  return ageOn(dateOfBirth, latest) > MAX_AGE_YEARS;
}

/**
 * The problem with a date answer that is still a date input's day, month and year: the
 * form's own value, which `prepareStepValues` turns into `YYYY-MM-DD` whenever the parts make
 * a date. The API takes only `YYYY-MM-DD`, so parts are never accepted, and parts that do
 * make a date read as no date at all, like any other value that is not a string.
 */
export function datePartsProblem(parts: DateParts): DatePartsProblem {
  const parsed = parseDateParts(parts);
  return parsed.ok ? "required" : parsed.problem;
}

function normaliseName(name: string): string {
  // NFC: an accent typed as one character or as letter + combining mark still matches.
  // Upper then lower case approximates case folding, so "Straße" matches "STRASSE".
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toUpperCase().toLowerCase();
}

/** Whether a typed signature is the patient's `firstName lastName`, ignoring case and extra spaces. */
export function signatureMatches(signature: string, patient: { readonly firstName: string; readonly lastName: string }): boolean {
  return normaliseName(signature) === normaliseName(`${patient.firstName} ${patient.lastName}`);
}
