import { z } from "zod";
import { addDays, ageOn, utcCalendarDate } from "./calendar-date";
import type { ChoiceQuestionId, OptionValue, Question } from "./lookup";
import type { QuestionDefinition, QuestionMessages } from "./types";

export interface SchemaOptions {
  /**
   * The latest acceptable date of birth, `YYYY-MM-DD`. Pass it in tests; by default it is
   * read at each validation as tomorrow in UTC, because a patient in UTC+14 can already
   * be a day ahead of UTC.
   */
  readonly today?: string;
}

const MAX_AGE_YEARS = 120;
const PHONE_CHARACTERS = /^[0-9 +\-()]*$/;
const PHONE_DIGITS = { min: 7, max: 20 };

/** The patient-facing message of a question for one kind of problem: its own, or its kind's default. */
export function message(question: QuestionDefinition, key: keyof QuestionMessages): string {
  return question.messages?.[key] ?? defaultMessage(question, key);
}

function defaultMessage(question: QuestionDefinition, key: keyof QuestionMessages): string {
  switch (key) {
    case "tooLong":
      return `Use ${question.maxLength ?? 0} characters or fewer`;
    case "duplicate":
      return "Choose each option only once";
    case "forbidden":
      return "Leave this empty";
    case "invalid":
      return question.kind === "multi" ? "Choose only from the options shown" : message(question, "required");
    default:
      switch (question.kind) {
        case "yesNoUnsure":
          return "Select yes, no or I'm not sure";
        case "single":
          return "Choose one of the options";
        case "multi":
          return "Choose at least one option";
        case "checkbox":
          return "Tick this box to continue";
        default:
          return "Answer this question";
      }
  }
}

function optionValues(question: QuestionDefinition): [string, ...string[]] {
  const [first, ...rest] = (question.options ?? []).map((option) => option.value);
  if (first === undefined) throw new Error(`Question "${question.id}" has no options`);
  return [first, ...rest];
}

function textSchema(question: QuestionDefinition): z.ZodString {
  const trimmed = z
    .string({ error: message(question, "required") })
    .trim()
    .max(question.maxLength ?? Number.MAX_SAFE_INTEGER, { error: message(question, "tooLong") });
  // Optional and conditional questions may be empty; the object checks a shown conditional one.
  return question.optional === true || question.enableWhen !== undefined
    ? trimmed
    : trimmed.min(1, { error: message(question, "required") });
}

function phoneSchema(question: QuestionDefinition): z.ZodString {
  const invalid = message(question, "invalid");
  const maxLength = question.maxLength ?? Number.MAX_SAFE_INTEGER;
  // One check, so a bad number is one problem with one message.
  return z
    .string({ error: invalid })
    .trim()
    .refine((phone) => {
      const digits = phone.replace(/\D/g, "").length;
      const wellFormed = phone.length <= maxLength && PHONE_CHARACTERS.test(phone);
      // An empty string is how a form says "not given".
      return phone === "" || (wellFormed && digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max);
    }, { error: invalid });
}

function emailSchema(question: QuestionDefinition): z.ZodType<string, string> {
  return z
    .string({ error: message(question, "required") })
    .trim()
    .min(1, { error: message(question, "required") })
    .max(question.maxLength ?? Number.MAX_SAFE_INTEGER, { error: message(question, "tooLong") })
    .pipe(z.email({ error: message(question, "invalid") }));
}

function dateOfBirthSchema(question: QuestionDefinition, options: SchemaOptions): z.ZodType<string, string> {
  const latest = (): string => options.today ?? addDays(utcCalendarDate(new Date()), 1);
  const inRange = z
    .string()
    .refine((date) => date <= latest(), { error: message(question, "future") })
    .refine((date) => ageOn(date, latest()) <= MAX_AGE_YEARS, { error: message(question, "tooOld") });
  // Each pipe stage runs only if the previous one passed, so the range checks get a real date.
  return z
    .string({ error: message(question, "required") })
    .min(1, { error: message(question, "required") })
    .pipe(z.iso.date({ error: message(question, "invalid") }))
    .pipe(inRange);
}

function multiSchema(question: QuestionDefinition): z.ZodType<string[], string[]> {
  return z
    .array(z.enum(optionValues(question), { error: message(question, "invalid") }), {
      error: message(question, "required"),
    })
    .min(1, { error: message(question, "required") })
    .superRefine(
      (values, ctx) => {
        values.forEach((value, index) => {
          if (values.indexOf(value) !== index) {
            ctx.addIssue({ code: "custom", path: [index], message: message(question, "duplicate") });
          }
        });
      },
      // Report a repeated option even when another item is not an option at all.
      { when: (payload) => Array.isArray(payload.value) },
    );
}

function checkboxSchema(question: QuestionDefinition): z.ZodType<true, boolean> {
  const required = message(question, "required");
  return z.boolean({ error: required }).pipe(z.literal(true, { error: required }));
}

function fieldSchema(question: QuestionDefinition, options: SchemaOptions): z.ZodType {
  const schema = ((): z.ZodType => {
    switch (question.kind) {
      case "text":
      case "textarea":
        return textSchema(question);
      case "tel":
        return phoneSchema(question);
      case "email":
        return emailSchema(question);
      case "date":
        return dateOfBirthSchema(question, options);
      case "multi":
        return multiSchema(question);
      case "single":
      case "yesNoUnsure":
        return z.enum(optionValues(question), { error: message(question, "invalid") });
      case "checkbox":
        return checkboxSchema(question);
    }
  })();
  return question.optional === true || question.enableWhen !== undefined ? schema.optional() : schema;
}

/** The value an answer to `Q` has after validation (output) and before it (input). */
type FieldOutput<Q extends Question> = Q["id"] extends ChoiceQuestionId
  ? Q extends { readonly kind: "multi" }
    ? OptionValue<Q["id"] & ChoiceQuestionId>[]
    : OptionValue<Q["id"] & ChoiceQuestionId>
  : Q extends { readonly kind: "checkbox" }
    ? true
    : string;
type FieldInput<Q extends Question> = Q extends { readonly kind: "checkbox" } ? boolean : FieldOutput<Q>;
type FieldSchema<Q extends Question> = Q extends { readonly optional: true } | { readonly enableWhen: object }
  ? z.ZodOptional<z.ZodType<FieldOutput<Q>, FieldInput<Q>>>
  : z.ZodType<FieldOutput<Q>, FieldInput<Q>>;
type Shape<Q extends Question> = { [Item in Q as Item["id"]]: FieldSchema<Item> };

/** A zod object shape with one field schema per question, typed from the question data. */
export function shapeOf<Q extends Question>(list: readonly Q[], options: SchemaOptions): Shape<Q> {
  // `fieldSchema` builds each entry from the same question data that `Shape` reads its type from.
  return Object.fromEntries(list.map((question) => [question.id, fieldSchema(question, options)])) as Shape<Q>;
}
