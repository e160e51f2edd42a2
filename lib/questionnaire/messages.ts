import type { QuestionDefinition, QuestionMessages } from "./types";

/** A key the questionnaire does not have, in any object of the intake. */
export const UNKNOWN_FIELD = "Remove this field: it is not part of the questionnaire";

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
