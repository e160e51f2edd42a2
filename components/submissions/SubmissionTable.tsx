import Link from "next/link";
import { DateTime } from "@/components/ui/DateTime";
import type { SubmissionListItem } from "@/lib/submissions/types";
import { REVIEW_STATUS_LABELS } from "@/lib/vocabulary";
import { LatestDecision } from "./LatestDecision";
import { OutcomeTag } from "./OutcomeTag";

interface SubmissionTableProps {
  items: readonly SubmissionListItem[];
  caption: string;
  /** The front desk prints summaries straight from the list. */
  withPrint?: boolean;
}

/** The id of the front desk's batch-print form, which the row checkboxes belong to. */
export const BATCH_PRINT_FORM = "batch-print";

/** One page of submissions; each reference opens the submission. */
export function SubmissionTable({ items, caption, withPrint = false }: SubmissionTableProps) {
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
      <table className="table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Submitted</th>
            <th scope="col">Name</th>
            <th scope="col">Outcome</th>
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
                <Link className="reference-link" href={`/staff/submissions/${item.id}`}>
                  {item.reference}
                </Link>
              </th>
              <td>
                <DateTime iso={item.createdAt} />
              </td>
              <td>
                {item.firstName} {item.lastName}
              </td>
              <td>
                <OutcomeTag outcome={item.outcome} />
              </td>
              <td>{REVIEW_STATUS_LABELS[item.reviewStatus]}</td>
              <td>
                <LatestDecision decision={item.latestDecision} />
              </td>
              {withPrint && (
                <>
                  <td>
                    <Link href={`/staff/submissions/${item.id}/print`}>
                      Print summary <span className="visually-hidden">for {item.reference}</span>
                    </Link>
                  </td>
                  <td>
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
