import type { QuestionId } from "@/lib/questionnaire";
import { flaggedQuestions, type Reason, type RuleId, type ScreeningInput } from "@/lib/screening";

/** A reason as an answer refers to it: its rule and its number in the list of reasons. */
export interface ReasonRef {
  readonly rule: RuleId;
  /** 1-based, in the order of the list of reasons. */
  readonly number: number;
}

/** How a submission's reasons and answers point at each other, on screen and on paper. */
export interface ReasonLinks {
  /** The reasons an answer fired, by number; empty when it fired none. */
  reasonsOf(questionId: string): readonly ReasonRef[];
  /** The answers behind a reason, as question ids (the age rules point at `dateOfBirth`). */
  answersOf(rule: RuleId): readonly QuestionId[];
}

/**
 * Numbers the reasons in their listed order and links each to the answers that fired it.
 * The clinician's page and the printed summary both take their flags from here.
 */
export function linkReasons(submission: ScreeningInput & { readonly reasons: readonly Pick<Reason, "rule">[] }): ReasonLinks {
  const numbers = new Map(submission.reasons.map((reason, index) => [reason.rule, index + 1]));
  const rulesByQuestion = flaggedQuestions(
    { patient: { dateOfBirth: submission.patient.dateOfBirth }, answers: submission.answers },
    submission.reasons,
  );
  const refs = new Map(
    [...rulesByQuestion].map(([questionId, rules]) => [
      questionId,
      [...new Set(rules)]
        .map((rule) => ({ rule, number: numbers.get(rule) ?? 0 }))
        .sort((a, b) => a.number - b.number),
    ]),
  );
  return {
    reasonsOf: (questionId) => refs.get(questionId) ?? [],
    answersOf: (rule) =>
      [...rulesByQuestion].flatMap(([questionId, rules]) => (rules.includes(rule) ? [questionId as QuestionId] : [])),
  };
}
