import type { DatePartsProblem } from "./date-parts";

/** Which object of the intake a question's answer lives in. */
export type Section = "patient" | "answers" | "consent";

/** How a question is asked; the form picks its input from this. */
export type QuestionKind =
  | "text"
  | "textarea"
  | "email"
  | "tel"
  | "date"
  | "multi"
  | "single"
  | "yesNoUnsure"
  | "checkbox";

export interface OptionDefinition {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * A date's day, month and year boxes: one or two left empty, or a year without 4 digits
 * (`lib/questionnaire/date-parts.ts`).
 */
type DatePartsMessageKeys = { readonly [Problem in Exclude<DatePartsProblem, "required" | "invalid">]?: string };

/**
 * Patient-facing error messages, GOV.UK style: each says what to do and names its question,
 * so no two are alike in the whole questionnaire. Each question may override the defaults of
 * its kind, which `lib/questionnaire/messages.ts` derives from its `shortLabel`.
 */
export interface QuestionMessages extends DatePartsMessageKeys {
  /** Missing, empty or of the wrong type. */
  readonly required?: string;
  /** Present but not acceptable (bad format, not an option, a date that does not exist). */
  readonly invalid?: string;
  readonly tooLong?: string;
  /** A date after today. */
  readonly future?: string;
  /** A date of birth more than 120 years ago. */
  readonly tooOld?: string;
  /** A multi-select with the same option twice. */
  readonly duplicate?: string;
  /** A conditional question answered although it is not shown. */
  readonly forbidden?: string;
  /** A signature that does not match the patient's name. */
  readonly mismatch?: string;
}

/** Show (and require) a question only when a multi-select includes an option. */
export interface EnableWhen {
  readonly question: string;
  readonly includes: string;
}

export interface QuestionDefinition {
  readonly id: string;
  readonly section: Section;
  readonly kind: QuestionKind;
  /** The question as the patient reads it. */
  readonly label: string;
  /** A few words for clinicians' screens and the printed summary. */
  readonly shortLabel: string;
  readonly hint?: string;
  /** May be left empty; a conditional question (`enableWhen`) is required when shown. */
  readonly optional?: boolean;
  readonly maxLength?: number;
  readonly options?: readonly OptionDefinition[];
  readonly enableWhen?: EnableWhen;
  readonly messages?: QuestionMessages;
}

export interface StepDefinition {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly questions: readonly QuestionDefinition[];
}
