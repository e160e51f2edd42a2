import { ageOn, QUESTIONNAIRE_VERSION, utcCalendarDate } from "@/lib/questionnaire";
import type { Level, Outcome } from "@/lib/vocabulary";
import type { RuleContext, ScreeningInput } from "./policy";
import { defaultPolicy, type Policy, type RuleId } from "./rules";

/**
 * One rule that fired, as stored and as sent over HTTP. A type alias, not an interface,
 * so that it is assignable to the JSON types of a database column.
 */
export type Reason = {
  readonly rule: RuleId;
  readonly level: Level;
  readonly temporary: boolean;
  readonly patientMessage: string;
  readonly clinicianNote: string;
};

/** The result of screening one intake; these field names are the HTTP contract. */
export type Assessment = {
  readonly outcome: Outcome;
  /** Every rule that fired, in policy table order. */
  readonly reasons: Reason[];
  readonly policyVersion: string;
  readonly questionnaireVersion: typeof QUESTIONNAIRE_VERSION;
};

/**
 * Screens one intake against a policy. Pure: the assessment date is an argument, and the
 * same input, date and policy always give the same result.
 *
 * @param input validated answers and date of birth (`answersSchema`, `intakeSchema` or
 *   `assessmentRequestSchema` output)
 * @param asOf the assessment date, `YYYY-MM-DD` or a `Date` (its UTC calendar date counts)
 * @throws RangeError if `asOf` or the date of birth is not a real calendar date
 */
export function assess(input: ScreeningInput, asOf: Date | string, policy: Policy = defaultPolicy): Assessment {
  const context: RuleContext = {
    age: ageOn(input.patient.dateOfBirth, asOf instanceof Date ? utcCalendarDate(asOf) : asOf),
    waitingPeriods: policy.waitingPeriods,
  };
  const reasons = policy.rules
    .filter((rule) => rule.when(input, context))
    .map((rule) => ({
      rule: rule.id,
      level: rule.level,
      temporary: rule.temporary,
      patientMessage: rule.patientMessage(input, context),
      clinicianNote: rule.clinicianNote(input, context),
    }));
  const fired = (level: Level): boolean => reasons.some((reason) => reason.level === level);
  return {
    outcome: fired("exclude") ? "not_suitable" : fired("review") ? "needs_review" : "eligible",
    reasons,
    policyVersion: policy.version,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
  };
}
