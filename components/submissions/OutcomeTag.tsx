import { OutcomeIcon } from "@/components/ui/OutcomeIcon";
import { OUTCOME_LABELS, type Outcome } from "@/lib/vocabulary";

/** The outcome in words with the patient result's icon, so it never relies on colour alone. */
export function OutcomeTag({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome-tag outcome-tag--${outcome}`}>
      <OutcomeIcon outcome={outcome} />
      {OUTCOME_LABELS[outcome]}
    </span>
  );
}
