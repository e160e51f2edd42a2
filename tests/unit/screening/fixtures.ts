import type { Answers, Intake, Patient } from "@/lib/questionnaire";
import { baselineAnswers as safeAnswers } from "@/tests/fixtures/intake";

/** The assessment date of every screening test. */
export const AS_OF = "2026-11-15";

/** Someone who is 35 on `AS_OF`. */
export const BASELINE_DATE_OF_BIRTH = "1991-06-15";

/** Nothing to flag (every skin and health question "no", "never" or "none"), with `changes`. */
export function baselineAnswers(changes: Partial<Answers> = {}): Answers {
  return { ...safeAnswers, ...changes };
}

/** A complete, valid intake of a 35-year-old that screens `eligible` with no reasons. */
export function baselineIntake(changes: { answers?: Partial<Answers>; patient?: Partial<Patient> } = {}): Intake {
  const patient: Patient = {
    firstName: "Jane",
    lastName: "Doe",
    dateOfBirth: BASELINE_DATE_OF_BIRTH,
    email: "jane@example.com",
    phone: "+44 20 7946 0958",
    ...changes.patient,
  };
  return {
    patient,
    answers: baselineAnswers(changes.answers),
    consent: { storeAndReview: true, accurate: true, signature: `${patient.firstName} ${patient.lastName}` },
  };
}
