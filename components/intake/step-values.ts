import { isQuestionEnabled } from "@/lib/questionnaire/enable-when";
import { datePartsOf, EMPTY_DATE_PARTS, isDateParts, parseDateParts } from "@/lib/questionnaire/date-parts";
import type { QuestionDefinition, Section, StepDefinition } from "@/lib/questionnaire/types";

/** What a step's form holds. Unvalidated: `checkIntake` checks the whole intake before it is sent. */
export type FormValues = Record<string, unknown>;

/** The answers so far, per object of the intake. They live in React state only, never in storage. */
export type IntakeDraft = Readonly<Record<Section, FormValues>>;

export const emptyDraft: IntakeDraft = { patient: {}, answers: {}, consent: {} };

/** The object of the intake a step's answers belong to (every question of a step shares one). */
export function sectionOf(step: StepDefinition): Section {
  const first = step.questions[0];
  if (first === undefined) throw new Error(`Step "${step.id}" has no questions`);
  return first.section;
}

/**
 * A date question's boxes as the step's check and the draft take them: `YYYY-MM-DD` when the
 * parts make a date, "" when all are empty, else the parts as typed, so that the check can say
 * which part is missing and Back keeps what was typed. Any other value is left as it is.
 */
function dateValue(value: unknown): unknown {
  if (!isDateParts(value)) return value;
  const parsed = parseDateParts(value);
  if (parsed.ok) return parsed.date;
  return parsed.problem === "required" ? "" : value;
}

/**
 * A step's values as its check expects them: answers to hidden questions are dropped (the
 * schema rejects them) and a date's day, month and year become one date. Used before
 * validating and before saving.
 */
export function prepareStepValues(questions: readonly QuestionDefinition[], values: FormValues): FormValues {
  const prepared: FormValues = {};
  for (const question of questions) {
    if (!isQuestionEnabled(question, values)) continue;
    const value = values[question.id];
    prepared[question.id] = question.kind === "date" ? dateValue(value) : value;
  }
  return prepared;
}

function emptyValue(question: QuestionDefinition): unknown {
  switch (question.kind) {
    case "multi":
      return [];
    case "checkbox":
      return false;
    case "single":
    case "yesNoUnsure":
      // No radio is chosen until the patient chooses one.
      return undefined;
    case "date":
      return { ...EMPTY_DATE_PARTS };
    default:
      return "";
  }
}

function startingValue(question: QuestionDefinition, saved: unknown): unknown {
  if (saved === undefined) return emptyValue(question);
  // A date is saved as `YYYY-MM-DD` and shown in its three boxes.
  if (question.kind === "date" && typeof saved === "string") return datePartsOf(saved);
  return saved;
}

/** The form's starting values for a step: what the patient answered before, else empty. */
export function stepDefaults(step: StepDefinition, draft: IntakeDraft): FormValues {
  const saved = draft[sectionOf(step)];
  return Object.fromEntries(step.questions.map((question) => [question.id, startingValue(question, saved[question.id])]));
}

/** The draft with one step's answers replaced, so an answer the step no longer has is removed. */
export function saveStepValues(draft: IntakeDraft, step: StepDefinition, values: FormValues): IntakeDraft {
  const section = sectionOf(step);
  const ids = new Set<string>(step.questions.map((question) => question.id));
  const others = Object.entries(draft[section]).filter(([id]) => !ids.has(id));
  return { ...draft, [section]: { ...Object.fromEntries(others), ...values } };
}
