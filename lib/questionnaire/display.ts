import { isQuestionEnabled } from "./enable-when";
import { DATE_PARTS, isDateParts } from "./date-parts";
import { labelOfOption, questionById, steps, type Question, type QuestionId, type SectionOf, type Step } from "./lookup";
import type { IntakeInput } from "./schema";
import type { QuestionDefinition, Section } from "./types";

/** What an answer to the question `Id` may hold, validated or still in the form. */
export type QuestionValue<Id extends QuestionId> = IntakeInput[SectionOf<Id>][Id & keyof IntakeInput[SectionOf<Id>]];

function textOf(question: QuestionDefinition, value: unknown): string {
  if (value === undefined || value === null) return "";
  // A date's boxes as typed, when they make no date yet (an unfinished step left with Back).
  if (isDateParts(value)) return DATE_PARTS.map((part) => value[part].trim()).filter((part) => part !== "").join(" ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((code) => labelOfOption(question, String(code))).join(", ");
  const text = String(value);
  return question.options === undefined || text === "" ? text : labelOfOption(question, text);
}

/**
 * An answer as display text: option codes become their labels (a multi-select joined
 * with commas), checkboxes "Yes"/"No", and an unanswered item the empty string.
 */
export function displayValue<Id extends QuestionId>(questionId: Id, value: QuestionValue<Id> | undefined): string {
  return textOf(questionById(questionId), value);
}

export interface SummaryItem {
  readonly question: Question;
  readonly text: string;
}

export interface SummaryStep {
  readonly step: Step;
  readonly items: readonly SummaryItem[];
}

/** Intake-shaped values; any section may be missing (the clinician view has no consent step to show). */
export type SummarySource = { readonly [S in Section]?: Readonly<Record<string, unknown>> };

/**
 * Every shown question with its display text, grouped by step in questionnaire order,
 * for the review step, the clinician view and the printed summary. Steps whose section
 * is absent and conditional questions that are hidden are left out.
 */
export function summarizeIntake(intake: SummarySource): SummaryStep[] {
  return steps.flatMap((step) => {
    const items = step.questions.flatMap((question) => {
      const values = intake[question.section];
      if (values === undefined || !isQuestionEnabled(question, values)) return [];
      return [{ question, text: textOf(question, values[question.id]) }];
    });
    return items.length === 0 ? [] : [{ step, items }];
  });
}
