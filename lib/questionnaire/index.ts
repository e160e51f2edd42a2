export { QUESTIONNAIRE_VERSION } from "./questions";
export type {
  EnableWhen,
  OptionDefinition,
  QuestionDefinition,
  QuestionKind,
  QuestionMessages,
  Section,
  StepDefinition,
} from "./types";
export { isQuestionEnabled } from "./enable-when";
export {
  labelOfOption,
  optionLabel,
  questionById,
  questions,
  questionsIn,
  steps,
  type AnswerId,
  type ChoiceQuestion,
  type ChoiceQuestionId,
  type ConsentFieldId,
  type OptionValue,
  type PatientFieldId,
  type Question,
  type QuestionId,
  type QuestionOf,
  type SectionOf,
  type SectionQuestion,
  type Step,
  type StepId,
  type StepQuestion,
} from "./lookup";
export {
  answersSchema,
  assessmentRequestSchema,
  buildAssessmentRequestSchema,
  buildIntakeSchema,
  buildPatientSchema,
  buildStepSchemas,
  consentSchema,
  consentStepSchema,
  intakeSchema,
  stepSchemas,
  type Answers,
  type AssessmentRequest,
  type Consent,
  type ContactMethod,
  type ContactTime,
  type Intake,
  type IntakeInput,
  type Patient,
  type SchemaOptions,
} from "./schema";
export { displayValue, summarizeIntake, type QuestionValue, type SummaryItem, type SummarySource, type SummaryStep } from "./display";
export { ageOn, utcCalendarDate } from "./calendar-date";
export {
  DATE_PARTS,
  datePartsMessages,
  datePartsOf,
  isDateParts,
  parseDateParts,
  type DatePart,
  type DateParts,
  type DatePartsMessages,
  type DatePartsProblem,
  type DatePartsResult,
} from "./date-parts";
export { message } from "./messages";
export { problemsOf } from "./step-check";
