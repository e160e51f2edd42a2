import type { FieldIssue } from "@/lib/issues";
import { steps } from "@/lib/questionnaire/lookup";
import type { Intake } from "@/lib/questionnaire/schema";
import { checkStep } from "@/lib/questionnaire/step-check";
import type { Section } from "@/lib/questionnaire/types";
import { sectionOf, type FormValues, type IntakeDraft } from "./step-values";

export type IntakeCheck = { readonly ok: true; readonly intake: Intake } | { readonly ok: false; readonly issues: readonly FieldIssue[] };

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * The whole draft, checked step by step as the server will check it, before it is sent: an
 * earlier answer may have been changed and left with Back, which does not check. Stops at
 * the first step with a problem, which is the one the patient is taken back to.
 */
export function checkIntake(draft: IntakeDraft, timeZone: string): IntakeCheck {
  const checked: Record<Section, FormValues> = { patient: {}, answers: {}, consent: {} };
  for (const step of steps) {
    const section = sectionOf(step);
    const given = draft[section];
    const values = Object.fromEntries(step.questions.filter(({ id }) => id in given).map(({ id }) => [id, given[id]]));
    // Steps are in order, so "About you" has been checked before the signature is compared with its name.
    const patient = { firstName: text(checked.patient.firstName), lastName: text(checked.patient.lastName) };
    const result = checkStep(step.questions, values, { patient, timeZone });
    if (!result.ok) {
      return { ok: false, issues: Object.entries(result.errors).map(([questionId, message]) => ({ path: `${section}.${questionId}`, message })) };
    }
    Object.assign(checked[section], result.values);
  }
  // Every question of every section passed the check the server's schema is held to (step-check.test.ts).
  return { ok: true, intake: checked as Intake };
}
