import { z } from "zod";
import { datePartsProblem, EMAIL_ADDRESS, isImplausiblyOld, isPhoneNumber, latestDateOfBirth, type SchemaOptions } from "./answer-rules";
import { isCalendarDate } from "./calendar-date";
import { isDateParts } from "./date-parts";
import type { ChoiceQuestionId, OptionValue, Question } from "./lookup";
import { message } from "./messages";
import type { QuestionDefinition } from "./types";

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
    .refine((phone) => isPhoneNumber(phone, maxLength), { error: invalid });
}

function emailSchema(question: QuestionDefinition): z.ZodType<string, string> {
  return z
    .string({ error: message(question, "required") })
    .trim()
    .min(1, { error: message(question, "required") })
    .max(question.maxLength ?? Number.MAX_SAFE_INTEGER, { error: message(question, "tooLong") })
    .pipe(z.email({ pattern: EMAIL_ADDRESS, error: message(question, "invalid") }));
}

function dateOfBirthSchema(question: QuestionDefinition, options: SchemaOptions): z.ZodType<string, string> {
  const inRange = z
    .string()
    .refine((date) => date <= latestDateOfBirth(options), { error: message(question, "future") })
    .refine((date) => !isImplausiblyOld(date, latestDateOfBirth(options)), { error: message(question, "tooOld") });
  // Never accepted, but a date input's parts get the browser check's message, which names the part.
  const notString = (issue: { readonly input?: unknown }): string =>
    message(question, isDateParts(issue.input) ? datePartsProblem(issue.input) : "required");
  // Each pipe stage runs only if the previous one passed, so the range checks get a real date.
  return z
    .string({ error: notString })
    .min(1, { error: message(question, "required") })
    .pipe(z.string().refine(isCalendarDate, { error: message(question, "invalid") }))
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

function checkboxSchema(question: QuestionDefinition): z.ZodType<boolean, boolean> {
  const required = message(question, "required");
  // An optional checkbox is a choice (ticked or not); any other is an agreement that must be given.
  return question.optional === true ? z.boolean({ error: required }) : z.boolean({ error: required }).pipe(z.literal(true, { error: required }));
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
    ? Q extends { readonly optional: true }
      ? boolean
      : true
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
