import { DateTime } from "@/components/ui/DateTime";
import type { WithdrawalEntry } from "@/lib/submissions/types";
import { WITHDRAWAL_ACTION_LABELS } from "@/lib/vocabulary";

/** Every withdrawal from the queue and restore, newest first, with who, when and why: none is ever removed. */
export function WithdrawalHistory({ withdrawals }: { withdrawals: readonly WithdrawalEntry[] }) {
  return (
    <ol className="decision-history" reversed>
      {withdrawals.map((entry) => (
        <li key={entry.id} className="decision-history__item">
          <p className="decision-history__title">
            <strong>{WITHDRAWAL_ACTION_LABELS[entry.action]}</strong>
          </p>
          <p className="hint">
            {entry.by}, <DateTime iso={entry.createdAt} />
          </p>
          <p className="decision-history__note withdrawal-reason">{entry.reason}</p>
        </li>
      ))}
    </ol>
  );
}
