import { questionnaireSteps } from "./questions";
import type { StepId } from "./step-order";
import type { QuestionDefinition, Section, StepDefinition } from "./types";

export type { StepId } from "./step-order";

type StepLiteral = (typeof questionnaireSteps)[number];
type QuestionLiteral = StepLiteral["questions"][number];

export type QuestionId = QuestionLiteral["id"];

/** A question as generic code reads it (any property of a definition), with its id typed. */
export interface Question extends QuestionDefinition {
  readonly id: QuestionId;
}

export interface Step extends StepDefinition {
  readonly id: StepId;
  readonly questions: readonly Question[];
}

/** The object of the intake that holds the answer to question `Id`. */
export type SectionOf<Id extends QuestionId> = Extract<QuestionLiteral, { readonly id: Id }>["section"];
/** One question's exact definition (kind, literal option codes) that still reads as a `Question`. */
export type QuestionOf<Id extends QuestionId> = Extract<QuestionLiteral, { readonly id: Id }> & Question;
export type SectionQuestion<S extends Section> = Extract<QuestionLiteral, { readonly section: S }> & Question;
export type StepQuestion<Id extends StepId> = Extract<StepLiteral, { readonly id: Id }>["questions"][number] & Question;

/** Ids of the questions whose answers go in `answers` (steps 2 to 4). */
export type AnswerId = SectionQuestion<"answers">["id"];
export type PatientFieldId = SectionQuestion<"patient">["id"];
export type ConsentFieldId = SectionQuestion<"consent">["id"];

/** Questions that offer a fixed list of options. */
export type ChoiceQuestion = Extract<QuestionLiteral, { readonly options: readonly unknown[] }> & Question;
export type ChoiceQuestionId = ChoiceQuestion["id"];
/** The option codes of a choice question, e.g. `OptionValue<"diabetes">`. */
export type OptionValue<Id extends ChoiceQuestionId> = Extract<QuestionLiteral, { readonly id: Id }>["options"][number]["value"];

/** The steps of the form, in order. */
export const steps: readonly Step[] = questionnaireSteps;

/** Every question, in the order the patient meets them. */
export const questions: readonly Question[] = steps.flatMap((step) => step.questions);

const byId = new Map<string, Question>(questions.map((question) => [question.id, question]));

function findQuestion(id: QuestionId): Question {
  const question = byId.get(id);
  if (question === undefined) throw new Error(`Unknown question id "${id}"`);
  return question;
}

/** The question with this id, with its precise literal type. */
export function questionById<Id extends QuestionId>(id: Id): QuestionOf<Id> {
  // The map is keyed by each question's own id, so the entry for `id` is `QuestionOf<Id>`.
  return findQuestion(id) as QuestionOf<Id>;
}

/** The questions whose answers belong to one object of the intake, in order. */
export function questionsIn<S extends Section>(section: S): readonly SectionQuestion<S>[] {
  return questions.filter((question): question is SectionQuestion<S> => question.section === section);
}

/** The patient-facing label of one option code of a choice question. */
export function optionLabel<Id extends ChoiceQuestionId>(questionId: Id, value: OptionValue<Id>): string {
  return labelOfOption(findQuestion(questionId), value);
}

/**
 * The label of an option code, for callers holding a question of unknown kind.
 * @throws Error if the question has no such option: stored data that the questionnaire
 * cannot explain must not be shown as if it were an answer.
 */
export function labelOfOption(question: QuestionDefinition, value: string): string {
  const option = question.options?.find((candidate) => candidate.value === value);
  if (option === undefined) throw new Error(`Question "${question.id}" has no option "${value}"`);
  return option.label;
}
