// The browser's check of a step: what the server's step schema (schema.ts) decides, without
// zod, so the patient's phone does not download a schema library to tell an empty box from
// a full one. Built from the same question data and the same rules (answer-rules.ts,
// messages.ts); tests/unit/questionnaire/step-check.test.ts holds the two to the same
// verdict and the same message for every question.
import {
  datePartsProblem,
  EMAIL_ADDRESS,
  isImplausiblyOld,
  isPhoneNumber,
  latestDateOfBirth,
  signatureMatches,
  type SchemaOptions,
} from "./answer-rules";
import { isCalendarDate } from "./calendar-date";
import { isQuestionEnabled } from "./enable-when";
import { DATE_PARTS_PROBLEMS, isDateParts } from "./date-parts";
import { message, UNKNOWN_FIELD } from "./messages";
import type { QuestionDefinition, QuestionMessages } from "./types";

type Values = Readonly<Record<string, unknown>>;

export interface StepCheckOptions extends SchemaOptions {
  /** The name given in "About you", which the consent step's signature must match. */
  readonly patient?: { readonly firstName: string; readonly lastName: string };
}

/** A step's answers as the server would take them (trimmed), or one message per problem. */
export type StepCheck =
  | { readonly ok: true; readonly values: Record<string, unknown> }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

type AnswerCheck = { readonly value: unknown } | { readonly problem: keyof QuestionMessages };

const SIGNATURE = "signature";

const isOption = (question: QuestionDefinition, value: unknown): boolean =>
  question.options?.some((option) => option.value === value) === true;

function checkChoices(question: QuestionDefinition, value: unknown): AnswerCheck {
  if (!Array.isArray(value)) return { problem: "required" };
  // `Array.from` turns holes into `undefined`, which is no option, as the server sees them.
  const chosen: unknown[] = Array.from(value);
  if (!chosen.every((item) => isOption(question, item))) return { problem: "invalid" };
  if (chosen.length === 0) return { problem: "required" };
  if (chosen.some((item, index) => chosen.indexOf(item) !== index)) return { problem: "duplicate" };
  return { value: chosen };
}

/** One answer: its tidy value, or the first problem the server's field schema reports. */
function checkAnswer(question: QuestionDefinition, value: unknown, options: SchemaOptions): AnswerCheck {
  // Optional and conditional questions may be left out; the step checks a shown conditional one.
  const mayBeEmpty = question.optional === true || question.enableWhen !== undefined;
  if (value === undefined && mayBeEmpty) return { value };
  const maxLength = question.maxLength ?? Number.MAX_SAFE_INTEGER;
  const text = typeof value === "string" ? value.trim() : undefined;
  switch (question.kind) {
    case "text":
    case "textarea":
      if (text === undefined) return { problem: "required" };
      if (text.length > maxLength) return { problem: "tooLong" };
      return text === "" && !mayBeEmpty ? { problem: "required" } : { value: text };
    case "tel":
      return text !== undefined && isPhoneNumber(text, maxLength) ? { value: text } : { problem: "invalid" };
    case "email":
      if (text === undefined || text === "") return { problem: "required" };
      if (text.length > maxLength) return { problem: "tooLong" };
      return EMAIL_ADDRESS.test(text) ? { value: text } : { problem: "invalid" };
    case "date": {
      // Boxes that make no date stay parts (step-values.ts), so the message can name the part.
      if (isDateParts(value)) return { problem: datePartsProblem(value) };
      // A date is taken as typed (the form tidies it first): no trimming here.
      if (typeof value !== "string" || value === "") return { problem: "required" };
      if (!isCalendarDate(value)) return { problem: "invalid" };
      const latest = latestDateOfBirth(options);
      if (value > latest) return { problem: "future" };
      return isImplausiblyOld(value, latest) ? { problem: "tooOld" } : { value };
    }
    case "multi":
      return checkChoices(question, value);
    case "single":
    case "yesNoUnsure":
      return isOption(question, value) ? { value } : { problem: "invalid" };
    case "checkbox":
      return value === true || (value === false && question.optional === true) ? { value } : { problem: "required" };
  }
}

type Problem = keyof QuestionMessages;

function problemsOfKind(question: QuestionDefinition): readonly Problem[] {
  switch (question.kind) {
    case "text":
    case "textarea":
      // "required" for an optional question too: a value that is not text at all.
      return ["required", "tooLong"];
    case "email":
      return ["required", "tooLong", "invalid"];
    case "tel":
      return ["invalid"];
    case "date":
      return [...DATE_PARTS_PROBLEMS, "future", "tooOld"];
    case "multi":
      return ["required", "invalid", "duplicate"];
    case "single":
    case "yesNoUnsure":
      // No choice and a choice that is no option are the same problem.
      return ["invalid"];
    case "checkbox":
      return ["required"];
  }
}

/**
 * Every problem `checkStep` can report for a question, and so the server's schema too: with
 * `message`, every message a patient may read beside it.
 */
export function problemsOf(question: QuestionDefinition): readonly Problem[] {
  const conditional: readonly Problem[] = question.enableWhen === undefined ? [] : ["required", "forbidden"];
  const signed: readonly Problem[] = question.id === SIGNATURE ? ["mismatch"] : [];
  return [...new Set([...problemsOfKind(question), ...conditional, ...signed])];
}

/** Conditional questions must be answered when shown and left empty when hidden. */
function conditionalProblems(questions: readonly QuestionDefinition[], checked: Values, errors: Record<string, string>): void {
  const conditional = questions.filter((question) => question.enableWhen !== undefined);
  // Only when every answer involved is itself fine: never a verdict built on a wrong value.
  const involved = conditional.flatMap((question) => [question.id, question.enableWhen?.question ?? question.id]);
  if (involved.some((id) => id in errors)) return;
  for (const question of conditional) {
    const value = checked[question.id];
    const answered = typeof value === "string" && value !== "";
    const shown = isQuestionEnabled(question, checked);
    if (shown && !answered) errors[question.id] = message(question, "required");
    if (!shown && answered) errors[question.id] = message(question, "forbidden");
  }
}

/**
 * Checks the answers to one step's `questions`, as the server's step schema would: the
 * step's values trimmed as the server keeps them, or the first message for each question
 * with a problem (and for each key that is no question of the step).
 */
export function checkStep(questions: readonly QuestionDefinition[], values: Values, options: StepCheckOptions = {}): StepCheck {
  const errors: Record<string, string> = {};
  const checked: Record<string, unknown> = {};
  for (const question of questions) {
    const result = checkAnswer(question, values[question.id], options);
    if ("problem" in result) errors[question.id] = message(question, result.problem);
    else if (question.id in values) checked[question.id] = result.value;
  }
  conditionalProblems(questions, checked, errors);

  const signature = questions.find((question) => question.id === SIGNATURE);
  const signed = checked[SIGNATURE];
  if (signature !== undefined && options.patient !== undefined && typeof signed === "string" && !(SIGNATURE in errors)) {
    if (!signatureMatches(signed, options.patient)) errors[SIGNATURE] = message(signature, "mismatch");
  }

  const ids = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(values)) if (!ids.has(key)) errors[key] = UNKNOWN_FIELD;
  return Object.keys(errors).length === 0 ? { ok: true, values: checked } : { ok: false, errors };
}
