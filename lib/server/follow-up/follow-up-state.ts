import "server-only";
import type { Decision, FollowUpState, Outcome } from "@/lib/vocabulary";

/** An eligible patient goes straight onto the "To contact" list; others wait for a clinician. */
export function followUpOnArrival(outcome: Outcome): FollowUpState | null {
  return outcome === "eligible" ? "to_contact" : null;
}

/**
 * The follow-up after a clinician's decision: an approval puts the patient on the list, and
 * any other decision takes a patient not yet reached off it. A patient already booked or
 * declined stays so: the front desk spoke to them, and a later decision does not undo that.
 */
export function followUpAfterDecision(current: string | null, decision: Decision): string | null {
  if (current === "booked" || current === "declined") return current;
  return decision === "approved_for_consultation" ? "to_contact" : null;
}
