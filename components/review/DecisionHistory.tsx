import { DateTime } from "@/components/ui/DateTime";
import type { SubmissionDetail } from "@/lib/submissions/types";
import { DECISION_LABELS } from "@/lib/vocabulary";

/** Every decision, newest (the current one) first; earlier ones are kept, never overwritten. */
export function DecisionHistory({ decisions }: { decisions: SubmissionDetail["decisions"] }) {
  if (decisions.length === 0) return <p>No decision yet.</p>;
  return (
    <ol className="decision-history" reversed>
      {decisions.map((decision, index) => (
        <li key={decision.id} className="decision-history__item">
          <p className="decision-history__title">
            <strong>{DECISION_LABELS[decision.decision]}</strong>
            {index === 0 && <span className="tag tag--plain">Current</span>}
          </p>
          <p className="hint">
            {decision.decidedBy}, <DateTime iso={decision.createdAt} />
          </p>
          {decision.note !== null && <p className="decision-history__note">{decision.note}</p>}
        </li>
      ))}
    </ol>
  );
}
