import { DateTime } from "@/components/ui/DateTime";
import type { WithdrawalEntry } from "@/lib/submissions/types";

interface WithdrawnNoticeProps {
  /** The withdrawal in force: the newest entry of the submission's withdrawal history. */
  withdrawal: WithdrawalEntry;
  /** Whether the reader may restore it: then the notice points to the form that does. */
  canRestore: boolean;
}

/** Says plainly, at the top of a withdrawn submission, that it was taken out of the queue: when, by whom and why. */
export function WithdrawnNotice({ withdrawal, canRestore }: WithdrawnNoticeProps) {
  return (
    <section className="notice notice--warning" aria-labelledby="withdrawn-heading">
      <h2 id="withdrawn-heading">Withdrawn from the queue</h2>
      <p>
        By {withdrawal.by}, <DateTime iso={withdrawal.createdAt} />. It is in no queue tab, count, search or export;
        nothing about it has been deleted.
      </p>
      <p className="withdrawal-reason">
        <strong>Reason:</strong> {withdrawal.reason}
      </p>
      {canRestore && (
        <p>
          <a href="#withdrawal">Restore it to the queue</a>
        </p>
      )}
    </section>
  );
}
