import { isQuestionEnabled } from "@/lib/questionnaire/answer-rules";
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

const SEPARATED_DATE = /^(\d{4})[\s./-]+(\d{1,2})[\s./-]+(\d{1,2})$/;
const DIGITS_ONLY_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Tidies a typed date into `YYYY-MM-DD`. A phone's number pad often has no hyphen, so
 * `19900427`, `1990 4 27` and `1990/04/27` are accepted too. Only year-first forms: guessing
 * between day-first and month-first would silently change a date of birth.
 */
export function normaliseDateText(text: string): string {
  const trimmed = text.trim();
  const match = SEPARATED_DATE.exec(trimmed) ?? DIGITS_ONLY_DATE.exec(trimmed);
  if (match === null) return trimmed;
  const [, year = "", month = "", day = ""] = match;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/**
 * A step's values as its schema expects them: answers to hidden questions are dropped (the
 * schema rejects them) and dates are tidied. Used before validating and before saving.
 */
export function prepareStepValues(questions: readonly QuestionDefinition[], values: FormValues): FormValues {
  const prepared: FormValues = {};
  for (const question of questions) {
    if (!isQuestionEnabled(question, values)) continue;
    const value = values[question.id];
    prepared[question.id] = question.kind === "date" && typeof value === "string" ? normaliseDateText(value) : value;
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
    default:
      return "";
  }
}

/** The form's starting values for a step: what the patient answered before, else empty. */
export function stepDefaults(step: StepDefinition, draft: IntakeDraft): FormValues {
  const saved = draft[sectionOf(step)];
  return Object.fromEntries(step.questions.map((question) => [question.id, saved[question.id] ?? emptyValue(question)]));
}

/** The draft with one step's answers replaced, so an answer the step no longer has is removed. */
export function saveStepValues(draft: IntakeDraft, step: StepDefinition, values: FormValues): IntakeDraft {
  const section = sectionOf(step);
  const ids = new Set<string>(step.questions.map((question) => question.id));
  const others = Object.entries(draft[section]).filter(([id]) => !ids.has(id));
  return { ...draft, [section]: { ...Object.fromEntries(others), ...values } };
}
