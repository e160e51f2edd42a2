import "server-only";
import type { Actor } from "@/lib/staff/types";
import { isoInZone } from "@/lib/time-zone";
import { clinicDate } from "@/lib/server/clinic-date";
import { getConfig } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { toCsv } from "@/lib/server/http/csv";
import { auditEventQuery } from "./audit-event";
import { listAuditEvents, type AuditFilter } from "./list-audit-events";

// What the audit page shows, and the codes beside the words for anyone filtering a
// spreadsheet. Times are the clinic's with their offset (2026-11-19T23:30:00-08:00).
const HEADER = ["Time", "Staff member", "Role", "Action", "Action code", "Record", "Record type", "Record id", "Outcome", "IP address"] as const;
const PAGE_SIZE = 200;

/**
 * Every audit entry matching the audit log's filters as CSV, newest first: the page's
 * columns, no patient data beyond a submission's reference. The export is itself audited
 * (`audit.export`), after the rows are read, so that it is not in its own file.
 */
export async function exportAuditCsv(
  db: Database,
  actor: Actor,
  input: AuditFilter & { now?: Date },
): Promise<{ csv: string; filename: string; rowCount: number }> {
  const { now = new Date(), ...filter } = input;
  const { clinicTimeZone } = getConfig();
  const rows: string[][] = [[...HEADER]];
  let cursor: string | undefined;
  do {
    const page = await listAuditEvents(db, { ...filter, cursor, limit: PAGE_SIZE });
    for (const item of page.items) {
      rows.push([
        isoInZone(new Date(item.at), clinicTimeZone),
        item.actorName ?? (item.actorId === null ? "Not signed in" : "Unknown account"),
        item.actorRoleLabel ?? "",
        item.actionLabel,
        item.action,
        item.recordLabel ?? "",
        item.recordType ?? "",
        item.recordId ?? "",
        item.outcomeLabel,
        item.ipAddress ?? "",
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  await auditEventQuery(db, actor, { action: "audit.export", outcome: "success", at: now });
  return { csv: toCsv(rows), filename: `audit-log-${clinicDate(now)}.csv`, rowCount: rows.length - 1 };
}
