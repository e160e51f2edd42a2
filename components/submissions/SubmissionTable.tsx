import Link from "next/link";
import { DateTime } from "@/components/ui/DateTime";
import { shortLabel } from "@/lib/screening/short-labels";
import { hrefWith } from "@/lib/search-params";
import type { SubmissionListItem } from "@/lib/submissions/types";
import { isToReview } from "@/lib/submissions/queue-tabs";
import { FOLLOW_UP_LABELS, REVIEW_STATUS_LABELS } from "@/lib/vocabulary";
import { LatestDecision } from "./LatestDecision";
import { OutcomeTag } from "./OutcomeTag";
import { AskedCell, WaitedCell, type ContactPromise } from "./WaitedCell";

interface SubmissionTableProps {
  items: readonly SubmissionListItem[];
  caption: string;
  /** The front desk prints summaries straight from the list. */
  withPrint?: boolean;
  /**
   * The clinician's queue: each row also shows its reasons in short, the patient's age and the
   * time waited against the promise (or, awaiting information, since it was asked for), and opens the submission with the tab kept in its link,
   * so "Next in queue" knows which tab it came from.
   */
  queue?: { tab: string | undefined; promise: ContactPromise };
}

/** The id of the front desk's batch-print form, which the row checkboxes belong to. */
export const BATCH_PRINT_FORM = "batch-print";

/**
 * One page of submissions; each reference opens the submission. On narrow screens each row
 * is a stack of labelled cells (`data-label`), so nothing scrolls sideways at 360 px.
 */
export function SubmissionTable({ items, caption, withPrint = false, queue }: SubmissionTableProps) {
  if (items.length === 0) {
    return (
      <>
        <h2>{caption}</h2>
        <p>No submissions match.</p>
      </>
    );
  }
  return (
    <div className="table-scroll">
      <table className="table table--stack">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Submitted</th>
            <th scope="col">Name</th>
            {queue && <th scope="col">Age</th>}
            <th scope="col">Outcome</th>
            {queue && (
              <>
                <th scope="col">Reasons</th>
                <th scope="col">Waited</th>
              </>
            )}
            <th scope="col">Review status</th>
            <th scope="col">Latest decision</th>
            {withPrint && (
              <>
                <th scope="col">
                  <span className="visually-hidden">Print</span>
                </th>
                <th scope="col">Select</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link className="reference-link" href={hrefWith(`/staff/submissions/${item.id}`, { tab: queue?.tab })}>
                  {item.reference}
                </Link>
              </th>
              <td data-label="Submitted">
                <DateTime iso={item.createdAt} />
              </td>
              <td data-label="Name">
                {item.firstName} {item.lastName}
              </td>
              {queue && <td data-label="Age">{item.age}</td>}
              <td data-label="Outcome">
                <OutcomeTag outcome={item.outcome} />
              </td>
              {queue && (
                <>
                  <td data-label="Reasons">
                    {item.reasons.length === 0 ? (
                      <span className="hint">None</span>
                    ) : (
                      <ul className="short-reasons">
                        {item.reasons.map((rule) => (
                          <li key={rule}>{shortLabel(rule)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td data-label="Waited">
                    {isToReview(item) ? (
                      <WaitedCell createdAt={item.createdAt} promise={queue.promise} />
                    ) : item.reviewStatus === "awaiting_information" && item.latestDecision ? (
                      <AskedCell askedAt={item.latestDecision.createdAt} promise={queue.promise} />
                    ) : (
                      <span className="hint">Not waiting</span>
                    )}
                  </td>
                </>
              )}
              <td data-label="Review status">
                {REVIEW_STATUS_LABELS[item.reviewStatus]}
                {item.followUp !== null && <span className="table-detail">Follow-up: {FOLLOW_UP_LABELS[item.followUp]}</span>}
              </td>
              <td data-label="Latest decision">
                <LatestDecision decision={item.latestDecision} />
              </td>
              {withPrint && (
                <>
                  <td>
                    <Link href={`/staff/submissions/${item.id}/print`}>
                      Print summary <span className="visually-hidden">for {item.reference}</span>
                    </Link>
                  </td>
                  <td data-label="Select">
                    {/* Belongs to the batch-print form below the table (forms cannot nest). */}
                    <input
                      type="checkbox"
                      className="table__select"
                      name="id"
                      value={item.id}
                      form={BATCH_PRINT_FORM}
                      aria-label={`Select ${item.reference} for batch printing`}
                    />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
