import type { Answers, Patient, QuestionId } from "@/lib/questionnaire";
import type { Level } from "@/lib/vocabulary";

/** What the rules read: the answers and the date of birth (the assessments endpoint sends no more). */
export interface ScreeningInput {
  readonly patient: Pick<Patient, "dateOfBirth">;
  readonly answers: Answers;
}

/**
 * Waiting periods a clinic may change, keyed by the id of the rule whose messages use
 * them. They are words for people ("6 months"), never used in arithmetic: the
 * questionnaire asks in fixed bands, so a period changes what a patient is told, not
 * which answers trigger a rule.
 */
export const defaultWaitingPeriods = {
  /** From the last isotretinoin dose (package insert). */
  isotretinoin_recent: "6 months",
  /** What stricter clinics wait after isotretinoin. */
  isotretinoin_6_to_12_months: "12 months",
  /** After the sunburn has healed. */
  recent_sunburn: "2 weeks",
  /** After Botox or fillers in the area. */
  recent_injectables: "2 weeks",
  /** How long before treatment to stop retinoids and exfoliating acids (seed 004). */
  topical_retinoids: "3-5 days",
} as const;

export type WaitingPeriods = { readonly [RuleId in keyof typeof defaultWaitingPeriods]: string };

/** What a rule may read besides the input; computed once per assessment. */
export interface RuleContext {
  /** Whole years on the assessment date. */
  readonly age: number;
  readonly waitingPeriods: WaitingPeriods;
}

/** One row of the policy table. */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly level: Level;
  /** "Not right now": the patient message says when it is worth screening again. */
  readonly temporary: boolean;
  when(input: ScreeningInput, context: RuleContext): boolean;
  /** The questions whose answers make the rule fire, so a summary can point at them. */
  flagged(input: ScreeningInput): readonly QuestionId[];
  /**
   * Plain, kind words for the patient. They explain the reason and what to do, not the
   * outcome, which the result shows on its own, so they still read right when a clinic
   * moves the rule to another level.
   */
  patientMessage(input: ScreeningInput, context: RuleContext): string;
  /** Short and clinical. */
  clinicianNote(input: ScreeningInput, context: RuleContext): string;
}
