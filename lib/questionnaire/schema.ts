import { z } from "zod";
import { signatureMatches, type SchemaOptions } from "./answer-rules";
import { isQuestionEnabled } from "./enable-when";
import { shapeOf } from "./field-schemas";
import { questionById, questionsIn, steps, type SectionQuestion, type StepId, type StepQuestion } from "./lookup";
import { message, UNKNOWN_FIELD } from "./messages";
import type { QuestionDefinition } from "./types";

export type { SchemaOptions } from "./answer-rules";

/** Errors of the intake's own objects: a wrong type or an unknown key. */
function objectErrors(what: string) {
  return {
    error: (issue: { readonly code?: string }) =>
      issue.code === "unrecognized_keys" ? UNKNOWN_FIELD : `Send ${what} as an object`,
  };
}

function stepQuestions<Id extends StepId>(id: Id): readonly StepQuestion<Id>[] {
  const step = steps.find((candidate) => candidate.id === id);
  if (step === undefined) throw new Error(`Unknown step id "${id}"`);
  // `steps.find` matched on `id`, so these are this step's questions.
  return step.questions as readonly StepQuestion<Id>[];
}

type Path = readonly PropertyKey[];

function overlaps(a: Path, b: Path): boolean {
  const shared = Math.min(a.length, b.length);
  return a.slice(0, shared).every((key, index) => key === b[index]);
}

/**
 * Run a cross-field check only when the fields it reads parsed cleanly, so a patient sees
 * every problem at once and never a comparison with a value that is itself wrong.
 */
function whenValid(...dependencies: readonly Path[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) =>
    payload.issues.every(
      (issue) =>
        issue.code === "unrecognized_keys" ||
        !dependencies.some((dependency) => overlaps(issue.path ?? [], dependency)),
    );
}

/** Conditional questions must be answered when shown and left empty when hidden. */
function withConditionalQuestions<T extends z.ZodObject>(schema: T, list: readonly QuestionDefinition[]): T {
  const conditional = list.filter((question) => question.enableWhen !== undefined);
  if (conditional.length === 0) return schema;
  const dependencies = conditional.flatMap((question) =>
    question.enableWhen === undefined ? [] : [[question.id], [question.enableWhen.question]],
  );
  return schema.superRefine(
    (values: Record<string, unknown>, ctx) => {
      for (const question of conditional) {
        const value = values[question.id];
        const answered = typeof value === "string" && value !== "";
        const shown = isQuestionEnabled(question, values);
        if (shown && !answered) ctx.addIssue({ code: "custom", path: [question.id], message: message(question, "required") });
        if (!shown && answered) ctx.addIssue({ code: "custom", path: [question.id], message: message(question, "forbidden") });
      }
    },
    { when: whenValid(...dependencies) },
  );
}

function stepSchema<Id extends StepId>(id: Id, options: SchemaOptions = {}) {
  const list = stepQuestions(id);
  return withConditionalQuestions(z.strictObject(shapeOf(list, options), objectErrors("this step")), list);
}

const signatureMismatch = message(questionById("signature"), "mismatch");

/** Schema of the `patient` object ("About you"). */
export function buildPatientSchema(options: SchemaOptions = {}) {
  return z.strictObject(shapeOf(questionsIn("patient"), options), objectErrors("the patient's details"));
}

const answerQuestions: readonly SectionQuestion<"answers">[] = questionsIn("answers");

/** Schema of the `answers` object (steps 2 to 4). */
export const answersSchema = withConditionalQuestions(
  z.strictObject(shapeOf(answerQuestions, {}), objectErrors("the answers")),
  answerQuestions,
);

/** Schema of the `consent` object, without the signature check that needs the patient's name. */
export const consentSchema = z.strictObject(shapeOf(questionsIn("consent"), {}), objectErrors("the consent"));

/** The consent step on its own, with the signature checked against the name the patient gave. */
export function consentStepSchema(patient: { readonly firstName: string; readonly lastName: string }) {
  return consentSchema.superRefine(
    (consent, ctx) => {
      if (!signatureMatches(consent.signature, patient)) {
        ctx.addIssue({ code: "custom", path: ["signature"], message: signatureMismatch });
      }
    },
    { when: whenValid(["signature"]) },
  );
}

/** One schema per form step except `review`, whose schema needs the patient: see `consentStepSchema`. */
export function buildStepSchemas(options: SchemaOptions = {}) {
  return {
    about: stepSchema("about", options),
    goals: stepSchema("goals"),
    skin: stepSchema("skin"),
    health: stepSchema("health"),
  };
}

/** Step schemas that read today's date at validation time. */
export const stepSchemas = buildStepSchemas();

/** The whole intake `{ patient, answers, consent }` as a patient submits it. */
export function buildIntakeSchema(options: SchemaOptions = {}) {
  return z
    .strictObject(
      { patient: buildPatientSchema(options), answers: answersSchema, consent: consentSchema },
      objectErrors("the intake"),
    )
    .superRefine(
      ({ patient, consent }, ctx) => {
        if (!signatureMatches(consent.signature, patient)) {
          ctx.addIssue({ code: "custom", path: ["consent", "signature"], message: signatureMismatch });
        }
      },
      { when: whenValid(["patient", "firstName"], ["patient", "lastName"], ["consent", "signature"]) },
    );
}

/** The intake schema, reading today's date at validation time. */
export const intakeSchema = buildIntakeSchema();

/**
 * Body of `POST /api/assessments`: a date of birth and the answers. Other patient fields
 * and `consent` may be sent (the intake page posts what it has) but are not validated and
 * are dropped from the output; unknown keys are still rejected.
 */
export function buildAssessmentRequestSchema(options: SchemaOptions = {}) {
  const patientShape = buildPatientSchema(options).shape;
  const ignored = Object.fromEntries(
    Object.keys(patientShape)
      .filter((key) => key !== "dateOfBirth")
      .map((key) => [key, z.unknown().optional()]),
  );
  return z
    .strictObject(
      {
        patient: z.strictObject({ ...ignored, dateOfBirth: patientShape.dateOfBirth }, objectErrors("the patient's details")),
        answers: answersSchema,
        consent: z.unknown().optional(),
      },
      objectErrors("the request"),
    )
    .transform(({ patient, answers }) => ({ patient: { dateOfBirth: patient.dateOfBirth }, answers }));
}

/** The assessment request schema, reading today's date at validation time. */
export const assessmentRequestSchema = buildAssessmentRequestSchema();

export type Patient = z.output<ReturnType<typeof buildPatientSchema>>;
export type Answers = z.output<typeof answersSchema>;
export type Consent = z.output<typeof consentSchema>;
/** How and when the clinic may contact the patient, as they chose at consent. */
export type ContactMethod = Consent["contactMethod"];
export type ContactTime = Consent["contactTimes"][number];
export type Intake = z.output<typeof intakeSchema>;
/** What a form holds before validation (checkboxes may still be `false`). */
export type IntakeInput = z.input<typeof intakeSchema>;
export type AssessmentRequest = z.output<typeof assessmentRequestSchema>;
