import { MAX_AGE_YEARS } from "./calendar-date";
import { DATE_PARTS, DATE_PARTS_PROBLEMS, datePartsMessages, partsWithProblem, type DatePart } from "./date-parts";
import type { QuestionDefinition, QuestionMessages } from "./types";

/** A key the questionnaire does not have, in any object of the intake. */
export const UNKNOWN_FIELD = "Remove this field: it is not part of the questionnaire";

/** The patient-facing message of a question for one kind of problem: its own, or its kind's default. */
export function message(question: QuestionDefinition, key: keyof QuestionMessages): string {
  return question.messages?.[key] ?? defaultMessage(question, key);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Defaults name the question by its `shortLabel`, so that even a question without messages
 * of its own never shares one with another question (tests/unit/questionnaire/messages.test.ts).
 */
function defaultMessage(question: QuestionDefinition, key: keyof QuestionMessages): string {
  const name = question.shortLabel;
  const named = lowerFirst(name);
  switch (key) {
    case "tooLong":
      return `${name} must be ${question.maxLength ?? 0} characters or fewer`;
    case "duplicate":
      return `Select each option for ${named} only once`;
    case "forbidden":
      return `Leave ${named} empty`;
    case "future":
      return `${name} must be in the past`;
    case "tooOld":
      return `${name} must be within the last ${MAX_AGE_YEARS} years`;
    case "mismatch":
      return `${name} must match your first and last name`;
    case "invalid":
      if (question.kind === "multi") return `Select ${named} only from the options shown`;
      if (question.kind === "date") return datePartsMessages(name).invalid;
      // A choice that is not an option reads as no choice at all.
      return message(question, "required");
    case "required":
      switch (question.kind) {
        case "yesNoUnsure":
          return `Select yes, no or I'm not sure for ${named}`;
        case "single":
          return `Select an option for ${named}`;
        case "multi":
          return `Select at least one option for ${named}`;
        case "checkbox":
          return `Tick the box for ${named}`;
        case "date":
          return datePartsMessages(name).required;
        default:
          return `Enter ${named}`;
      }
    default:
      // One or two boxes of a date left empty, or a year without 4 digits.
      return datePartsMessages(name)[key];
  }
}

/**
 * The boxes of a date question that one of its messages is about (all three for a problem
 * with the whole date). The form's errors, the server's included, carry only a message, and
 * a question's messages are all different, so the message tells the problem.
 */
export function datePartsWithError(question: QuestionDefinition, error: string): readonly DatePart[] {
  const problem = DATE_PARTS_PROBLEMS.find((candidate) => message(question, candidate) === error);
  return problem === undefined ? DATE_PARTS : partsWithProblem(problem);
}
