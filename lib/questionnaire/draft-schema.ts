import { z } from "zod";
import type { SchemaOptions } from "./answer-rules";
import { shapeOf } from "./field-schemas";
import { questionsIn } from "./lookup";
import { UNKNOWN_FIELD } from "./messages";

// A saved draft ("Save and finish later") holds the intake's answers so far: any field may
// be missing, but every field present passes the very same field schema as in the intake.
// Cross-field checks (a conditional question shown but not yet answered, the signature) wait
// for the submission; the consent is never part of a draft.

/** Why a draft cannot be saved without a date of birth: resuming it asks for one. */
export const DRAFT_DATE_OF_BIRTH_NEEDED =
  "Enter your date of birth to save your answers: you will need it, with your resume code, to come back to them";

function objectErrors(what: string) {
  return {
    error: (issue: { readonly code?: string }) =>
      issue.code === "unrecognized_keys" ? UNKNOWN_FIELD : `Send ${what} as an object`,
  };
}

type OptionalFields<Shape extends z.ZodRawShape> = { [Key in keyof Shape]: z.ZodOptional<Shape[Key]> };

/**
 * The same fields, each optional. zod's `.partial()` refuses an object with refinements
 * (the intake's answers have them), so the partial object is rebuilt from the field schemas.
 */
function optionalFields<Shape extends z.ZodRawShape>(shape: Shape): OptionalFields<Shape> {
  // Each entry is the field's own schema made optional, as the type says.
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, (schema as z.ZodType).optional()])) as unknown as OptionalFields<Shape>;
}

/** An absent object counts as an empty one, so that its missing fields are named. */
const orEmpty = (value: unknown) => (value === undefined ? {} : value);

/** The `patient` object of a draft: any field may be missing except the date of birth. */
export function buildDraftPatientSchema(options: SchemaOptions = {}) {
  const fields = shapeOf(questionsIn("patient"), options);
  const dateOfBirth = z
    .string({ error: DRAFT_DATE_OF_BIRTH_NEEDED })
    .min(1, { error: DRAFT_DATE_OF_BIRTH_NEEDED })
    .pipe(fields.dateOfBirth);
  return z.strictObject({ ...optionalFields(fields), dateOfBirth }, objectErrors("the patient's details"));
}

/** The `answers` object of a draft: any answer may be missing. */
export const draftAnswersSchema = z.strictObject(optionalFields(shapeOf(questionsIn("answers"), {})), objectErrors("the answers"));

/** `{ patient, answers }` as a draft stores them; a missing object is an empty one. */
export function buildDraftSchema(options: SchemaOptions = {}) {
  return z.strictObject(
    {
      patient: z.preprocess(orEmpty, buildDraftPatientSchema(options)),
      answers: z.preprocess(orEmpty, draftAnswersSchema),
    },
    objectErrors("the draft"),
  );
}

/** The draft schema, reading today's date at validation time. */
export const draftSchema = buildDraftSchema();

export type DraftPatient = z.output<ReturnType<typeof buildDraftPatientSchema>>;
export type DraftAnswers = z.output<typeof draftAnswersSchema>;
export type Draft = z.output<typeof draftSchema>;
