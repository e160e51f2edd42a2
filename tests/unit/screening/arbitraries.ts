import fc from "fast-check";
import {
  buildIntakeSchema,
  isQuestionEnabled,
  questionsIn,
  utcCalendarDate,
  type Intake,
  type QuestionDefinition,
  type Section,
} from "@/lib/questionnaire";
import { intakeWith, SAFE_ANSWERS, SCREENING_DATE } from "@/tests/fixtures/intake";

/** The intake schema with "today" pinned to the assessment date of the tests. */
export const testIntakeSchema = buildIntakeSchema({ today: SCREENING_DATE });

const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

// Mostly anyone from a newborn to 120, with extra weight on the age limits at 18 and 22.
const dateOfBirth = fc
  .oneof(
    fc.date({ min: utcDay("1906-11-16"), max: utcDay(SCREENING_DATE), noInvalidDate: true }),
    fc.date({ min: utcDay("2002-01-01"), max: utcDay("2010-12-31"), noInvalidDate: true }),
  )
  .map(utcCalendarDate);

// Built once: `stringMatching` compiles its pattern, too slow to repeat for every intake.
const nameText = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ' -]*$/);
const name = (maxLength: number) => nameText.filter((text) => text.trim().length > 0 && text.length <= maxLength);

const freeText = (maxLength: number) => fc.string({ maxLength });
const nonBlankText = (maxLength: number) => fc.string({ minLength: 1, maxLength }).filter((text) => text.trim() !== "");

const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]+(\.[a-z0-9]+)?$/), fc.constantFrom("example.com", "clinic.co.uk", "mail.example.org"))
  .filter(([local]) => local.length <= 64)
  .map(([local, domain]) => `${local}@${domain}`);

const phone = fc.oneof(
  fc.constant(""),
  fc.stringMatching(/^\+?[0-9]{7,15}$/),
  fc.constantFrom("+44 (0)20 7946-0958", "(555) 010-4477", "0412 345 678"),
);

// The consent's choices (how and when to be contacted) too: they are choice questions as well.
const safeAnswers: Readonly<Record<string, unknown>> = { ...SAFE_ANSWERS, ...intakeWith().consent };

/**
 * Any valid value, but a choice keeps its baseline (safe) answer `safeWeight` times as
 * often as it takes a random one: uniform answers would make almost every intake
 * `not_suitable` and leave the eligible and review paths untested.
 */
function valueOf(question: QuestionDefinition, safeWeight: number): fc.Arbitrary<unknown> {
  const values = (question.options ?? []).map((option) => option.value);
  const maxLength = question.maxLength ?? 100;
  const mostlySafe = (any: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: fc.constant(safeAnswers[question.id]), weight: safeWeight }, { arbitrary: any, weight: 1 });
  switch (question.kind) {
    case "multi":
      return mostlySafe(fc.shuffledSubarray(values, { minLength: 1 }));
    case "single":
    case "yesNoUnsure":
      return mostlySafe(fc.constantFrom(...values));
    case "checkbox":
      return fc.constant(true);
    case "email":
      return email;
    case "tel":
      return phone;
    case "date":
      return dateOfBirth;
    case "text":
      return question.optional === true ? freeText(maxLength) : name(maxLength);
    case "textarea":
      return question.optional === true ? freeText(maxLength) : nonBlankText(maxLength);
  }
}

/** A valid value for every shown question of a section; optional ones may be absent. */
function sectionValues(section: Section, safeWeight: number, fixed: Readonly<Record<string, fc.Arbitrary<unknown>>> = {}) {
  const list = questionsIn(section);
  const unconditional = list.filter((question) => question.enableWhen === undefined);
  const model = Object.fromEntries(
    unconditional.map((question) => [question.id, fixed[question.id] ?? valueOf(question, safeWeight)]),
  );
  const requiredKeys = unconditional.filter((question) => question.optional !== true).map((question) => question.id);
  return fc.record(model, { requiredKeys }).chain((values) => {
    const conditional = list.filter((question) => question.enableWhen !== undefined);
    const extra = Object.fromEntries(
      conditional.map((question) => [
        question.id,
        isQuestionEnabled(question, values)
          ? valueOf(question, safeWeight)
          : fc.constantFrom<string | undefined>(undefined, "", "   "),
      ]),
    );
    return fc.record(extra).map((more) => ({ ...values, ...more }));
  });
}

/** The signature as a patient might type it: any case, extra spaces. */
function signatureFor(patient: Readonly<Record<string, unknown>>): fc.Arbitrary<string> {
  const fullName = `${String(patient.firstName)} ${String(patient.lastName)}`;
  return fc
    .tuple(fc.constantFrom("as typed", "upper", "lower"), fc.constantFrom("", " ", "  "))
    .map(([letterCase, padding]) => {
      const cased = letterCase === "upper" ? fullName.toUpperCase() : letterCase === "lower" ? fullName.toLowerCase() : fullName;
      return `${padding}${cased.replace(/ /g, `${padding} `)}${padding}`;
    });
}

/**
 * Intakes built from the questionnaire data, as a client would send them (not yet
 * parsed): from reckless (every answer random) to cautious (nearly all answers safe).
 */
export const rawIntakeArbitrary = fc.constantFrom(1, 4, 16, 64).chain((safeWeight) =>
  sectionValues("patient", safeWeight).chain((patient) =>
    fc.record({
      patient: fc.constant(patient),
      answers: sectionValues("answers", safeWeight),
      consent: sectionValues("consent", safeWeight, { signature: signatureFor(patient) }),
    }),
  ),
);

/** Valid intakes: parsing fails the property if the generator ever builds an invalid one. */
export const intakeArbitrary: fc.Arbitrary<Intake> = rawIntakeArbitrary.map((raw) => testIntakeSchema.parse(raw));
