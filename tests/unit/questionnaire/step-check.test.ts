import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFieldIssues } from "@/lib/issues";
import {
  buildStepSchemas,
  consentStepSchema,
  isQuestionEnabled,
  message,
  problemsOf,
  questionById,
  steps,
  type QuestionDefinition,
  type StepId,
} from "@/lib/questionnaire";
import { UNKNOWN_FIELD } from "@/lib/questionnaire/messages";
import { checkStep, type StepCheck } from "@/lib/questionnaire/step-check";
import { PATIENT } from "@/tests/fixtures/intake";

// The browser checks each step with `checkStep`, the server with its zod step schema. For any
// values a form could hold (or a tampered page could send), both must reach the same verdict,
// keep the same tidy values and show the same message beside each question.

const TODAY = "2026-11-15";
const serverSteps = buildStepSchemas({ today: TODAY });

type Schema = { safeParse(values: unknown): { success: true; data: unknown } | { success: false; error: Parameters<typeof toFieldIssues>[0] } };

/** The server's verdict in the browser check's terms: the first message for each key. */
function serverVerdict(schema: Schema, values: Record<string, unknown>): StepCheck {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, values: result.data as Record<string, unknown> };
  const errors: Record<string, string> = {};
  for (const { path, message } of toFieldIssues(result.error)) errors[path.split(".")[0] ?? ""] ??= message;
  return { ok: false, errors };
}

const questionsOf = (id: StepId): readonly QuestionDefinition[] => steps.find((step) => step.id === id)?.questions ?? [];

// Whitespace that String.prototype.trim removes, as both validators trim.
const space = fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0");
const padded = (text: fc.Arbitrary<string>) => fc.tuple(space, text, space).map(([before, core, after]) => `${before}${core}${after}`);
const wrongType = fc.constantFrom<unknown>(undefined, null, 0, 42, true, false, [], {}, ["yes"]);

const twoDigits = (value: number) => String(value).padStart(2, "0");
// Mostly well-shaped dates, many of them not real (month 13, day 31 in April, 29 February).
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([year, month, day]) => `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(day)}`);
const dateEdges = fc.constantFrom(
  TODAY,
  "2026-11-16", // the day after the latest acceptable date of birth
  "1906-11-15", // 120 on TODAY: the oldest accepted
  "1905-11-15", // 121
  "1905-11-16",
  "2024-02-29",
  "2023-02-29",
  "2000-02-29",
  "1900-02-29",
  "1990-4-27",
  "27/04/1990",
  "1990-04-27T00:00:00Z",
  " 1990-04-27",
  " ",
);
// What a date input's form holds before the form turns it into a date: only parts that make
// no date reach the check from the form, but any could be sent.
const datePart = fc.constantFrom("", " ", "27", "4", "04", "Apr", "31", "2", "13", "90", "1990", "2024", "x");
const dateParts = fc.record({ day: datePart, month: datePart, year: datePart });

function validValue(question: QuestionDefinition): fc.Arbitrary<unknown> {
  const options = (question.options ?? []).map((option) => option.value);
  const maxLength = question.maxLength ?? 100;
  switch (question.kind) {
    case "multi":
      return fc.shuffledSubarray(options, { minLength: 1 });
    case "single":
    case "yesNoUnsure":
      return fc.constantFrom(...options);
    case "checkbox":
      return fc.constant(true);
    case "email":
      return fc.constantFrom("jane@example.com", " sam.o'neil+clinic@mail.example.org ");
    case "tel":
      return fc.constantFrom("", "+44 20 7946 0958", "(555) 010-4477");
    case "date":
      return fc.constantFrom("1991-06-15", "2008-02-29", "1906-11-15");
    default:
      return padded(fc.string({ minLength: 1, maxLength: Math.min(maxLength, 40) }).filter((text) => text.trim() !== ""));
  }
}

/** Anything at all for one question, weighted towards the edges of its rules. */
function anyValue(question: QuestionDefinition): fc.Arbitrary<unknown> {
  const options = (question.options ?? []).map((option) => option.value);
  const maxLength = question.maxLength ?? 100;
  const kindEdges = ((): fc.Arbitrary<unknown> => {
    switch (question.kind) {
      case "multi":
        // Repeats, unknown codes, non-strings, holes and the empty list.
        return fc.oneof(
          fc.array(fc.oneof(fc.constantFrom(...options), fc.constantFrom<unknown>("elbow", "", 1, null)), { maxLength: 4 }),
          fc.sparseArray(fc.constantFrom(...options), { maxLength: 3 }),
        );
      case "single":
      case "yesNoUnsure":
        return fc.constantFrom<unknown>("", "YES", "maybe", "none ", ...options);
      case "checkbox":
        return fc.constantFrom<unknown>(false, "true", 1);
      case "email":
        return fc.oneof(
          padded(fc.emailAddress()),
          fc.constantFrom("jane@", "@example.com", "jane@example", "jane..doe@example.com", ".jane@example.com", "jane@exa_mple.com", `${"a".repeat(250)}@example.com`),
          fc.string({ maxLength: 20 }),
        );
      case "tel":
        return padded(fc.string({ unit: fc.constantFrom(..."0123456789 +-()x."), maxLength: 34 }));
      case "date":
        return fc.oneof(dateLike, dateEdges, fc.string({ maxLength: 12 }), dateParts);
      default:
        // Around the length limit, after trimming, and blank.
        return fc.oneof(
          padded(fc.string({ minLength: maxLength - 1, maxLength: maxLength + 1 })),
          padded(fc.constantFrom("", "Freckles")),
          fc.string({ maxLength: 8 }),
        );
    }
  })();
  return fc.oneof({ arbitrary: validValue(question), weight: 4 }, { arbitrary: kindEdges, weight: 2 }, { arbitrary: wrongType, weight: 1 });
}

/** A step answered well: every shown question valid, a hidden conditional one left out. */
function validStep(questions: readonly QuestionDefinition[]): fc.Arbitrary<Record<string, unknown>> {
  const unconditional = questions.filter((question) => question.enableWhen === undefined);
  return fc.record(Object.fromEntries(unconditional.map((question) => [question.id, validValue(question)]))).chain((values) => {
    const shown = questions.filter((question) => question.enableWhen !== undefined && isQuestionEnabled(question, values));
    return fc.record(Object.fromEntries(shown.map((question) => [question.id, validValue(question)]))).map((more) => ({ ...values, ...more }));
  });
}

/** Every message the browser check gave is one that `problemsOf` lists for its question. */
function expectKnownMessages(questions: readonly QuestionDefinition[], result: StepCheck): void {
  if (result.ok) return;
  for (const [id, text] of Object.entries(result.errors)) {
    const question = questions.find((candidate) => candidate.id === id);
    const known = question === undefined ? [UNKNOWN_FIELD] : problemsOf(question).map((problem) => message(question, problem));
    expect(known, id).toContain(text);
  }
}

/** Values for a step: each question answered, left out or answered badly, sometimes with keys no question has. */
function stepValues(questions: readonly QuestionDefinition[]): fc.Arbitrary<Record<string, unknown>> {
  const answers = fc.record(Object.fromEntries(questions.map((question) => [question.id, anyValue(question)])), { requiredKeys: [] });
  const unknownKeys = fc.dictionary(fc.constantFrom("colour", "notes", "smoker"), fc.constantFrom<unknown>("yes", 1, undefined), { maxKeys: 2 });
  return fc
    .tuple(
      fc.oneof({ arbitrary: answers, weight: 4 }, { arbitrary: validStep(questions), weight: 1 }),
      fc.oneof({ arbitrary: fc.constant({}), weight: 5 }, { arbitrary: unknownKeys, weight: 1 }),
    )
    .map(([given, extra]) => ({ ...given, ...extra }));
}

describe("the browser's step check and the server's step schema", () => {
  it.each(["about", "goals", "skin", "health"] as const)("agree on every %s step", (id) => {
    const questions = questionsOf(id);
    fc.assert(
      fc.property(stepValues(questions), (values) => {
        const browser = checkStep(questions, values, { today: TODAY });
        expect(browser).toStrictEqual(serverVerdict(serverSteps[id], values));
        expectKnownMessages(questions, browser);
      }),
      { numRuns: 1000 },
    );
  });

  it("agree on the consent step, signature included", () => {
    const questions = questionsOf("confirm");
    const name = `${PATIENT.firstName} ${PATIENT.lastName}`;
    const signature = fc.oneof(
      padded(fc.constantFrom(name, name.toUpperCase(), name.toLowerCase(), name.replace(" ", "   "), "Sam Doe", PATIENT.firstName)),
      anyValue(questionById("signature")),
    );
    const values = fc.tuple(stepValues(questions), signature).map(([given, typed]) => ({ ...given, signature: typed }));
    fc.assert(
      fc.property(values, (given) => {
        const browser = checkStep(questions, given, { patient: PATIENT });
        expect(browser).toStrictEqual(serverVerdict(consentStepSchema(PATIENT), given));
        expectKnownMessages(questions, browser);
      }),
      { numRuns: 1000 },
    );
  });

  it("both accept a step answered well, and both refuse an empty one", () => {
    // The properties above must not pass by only ever seeing one kind of verdict.
    for (const id of ["about", "goals", "skin", "health"] as const) {
      const questions = questionsOf(id);
      for (const values of fc.sample(validStep(questions), { numRuns: 20, seed: 1 })) {
        expect(checkStep(questions, values, { today: TODAY }).ok).toBe(true);
        expect(serverSteps[id].safeParse(values).success).toBe(true);
      }
      expect(checkStep(questions, {}, { today: TODAY }).ok).toBe(false);
    }
  });
});
