import { OutcomeIcon } from "@/components/intake/OutcomeIcon";
import type { Outcome } from "@/lib/screening";
import { OUTCOME_LABELS } from "@/lib/review";

/** The outcome in words with the patient result's icon, so it never relies on colour alone. */
export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome-tag outcome-tag--${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
