import { DECISION_LABELS, type DecisionValue } from "@/lib/review";
import { DateTime } from "./DateTime";

interface LatestDecisionProps {
  decision: { decision: DecisionValue; decidedBy: string; createdAt: string } | null;
}

/** The current decision of a submission with who made it and when, for a table cell. */
export function LatestDecision({ decision }: LatestDecisionProps) {
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
