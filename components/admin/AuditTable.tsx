import Link from "next/link";
import { DateTime } from "@/components/ui/DateTime";
import type { AuditItem } from "@/lib/audit/types";
import { hrefWith } from "@/lib/search-params";

const RECORD_TYPES: Readonly<Record<string, string>> = { submission: "Submission", staff_user: "Staff account" };

/** Who did what to which record, when, from where and how it ended, in words. */
function Record({ item }: { item: AuditItem }) {
  if (item.recordId === null) return <span className="hint">None</span>;
  const type = (item.recordType && RECORD_TYPES[item.recordType]) ?? item.recordType ?? "Record";
  // The reference or name, which links to every entry about the same record.
  const entries = hrefWith("/staff/admin/audit", { recordId: item.recordId });
  return (
    <>
      {type}
      <span className="table-detail">
        {item.recordLabel === null ? (
          <span className="hint">Not found</span>
        ) : (
          <Link href={entries} className={item.recordType === "submission" ? "code" : undefined} aria-label={`${item.recordLabel}: every entry about it`}>
            {item.recordLabel}
          </Link>
        )}
      </span>
    </>
  );
}

/** One page of the audit log, newest first. */
export function AuditTable({ items }: { items: readonly AuditItem[] }) {
  if (items.length === 0) return <p>No audit entries match.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Staff member</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Outcome</th>
            <th scope="col">IP address</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <DateTime iso={item.at} />
              </td>
              <td>
                {item.actorName ?? <span className="hint">{item.actorId === null ? "Not signed in" : "Unknown account"}</span>}
                {item.actorRoleLabel !== null && <span className="table-detail">{item.actorRoleLabel}</span>}
              </td>
              <td>{item.actionLabel}</td>
              <td>
                <Record item={item} />
              </td>
              <td>{item.outcomeLabel}</td>
              <td className="code">{item.ipAddress ?? <span className="hint">Not known</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
