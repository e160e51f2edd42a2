import { DateTime } from "@/components/ui/DateTime";
import type { DecisionSummary } from "@/lib/submissions/types";
import { DECISION_LABELS } from "@/lib/vocabulary";

/** The current decision of a submission with who made it and when, for a table cell. */
export function LatestDecision({ decision }: { decision: DecisionSummary | null }) {
  if (decision === null) return <span className="hint">None yet</span>;
  return (
    <>
      {DECISION_LABELS[decision.decision]}
      <span className="table-detail">
        {decision.decidedBy}, <DateTime iso={decision.createdAt} />
      </span>
    </>
  );
}
