import { DateTime } from "@/components/ui/DateTime";
import type { AuditItem } from "@/lib/audit/types";
import { StaffRoleText } from "./StaffRoleText";

/** One page of the audit log: who did what to which record, when, from where and how it ended. */
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
                {item.actorRole !== null && (
                  <span className="table-detail">
                    <StaffRoleText role={item.actorRole} />
                  </span>
                )}
              </td>
              <td>{item.action}</td>
              <td>
                {item.recordId === null ? (
                  <span className="hint">None</span>
                ) : (
                  <>
                    {item.recordType}
                    <span className="table-detail code">{item.recordId}</span>
                  </>
                )}
              </td>
              <td>{item.outcome}</td>
              <td className="code">{item.ipAddress ?? <span className="hint">Not known</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
