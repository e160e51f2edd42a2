import "server-only";
import { utcCalendarDate } from "@/lib/questionnaire";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { StaffSession } from "@/lib/server/auth/staff-session";
import type { Database } from "@/lib/server/db/client";
import { toCsv } from "./csv";
import { listQuerySchema, listSubmissions, type ListQuery } from "./list-submissions";
import { DECISION_LABELS } from "@/lib/review";

/** The export takes the list's filters (and its order), but no page: it holds every match. */
export const exportQuerySchema = listQuerySchema.pick({
  outcome: true,
  status: true,
  q: true,
  dateOfBirth: true,
  from: true,
  to: true,
  order: true,
});
export type ExportQuery = Omit<ListQuery, "cursor" | "limit">;

const HEADER = ["Reference", "Submitted (UTC)", "Name", "Outcome", "Review status", "Latest decision"] as const;
const PAGE_SIZE = 100;

/**
 * Every submission matching the list's filters as CSV, one row each, with no answers: the
 * list's columns only. The export is audited (who, when, from where; never which patients)
 * before any of it is returned.
 */
export async function exportSubmissionsCsv(
  db: Database,
  staff: StaffSession,
  query: ExportQuery,
  { ipAddress, now = new Date() }: { ipAddress: string | null; now?: Date },
): Promise<{ csv: string; filename: string; rowCount: number }> {
  const rows: string[][] = [[...HEADER]];
  let cursor: string | undefined;
  do {
    const page = await listSubmissions(db, { ...query, cursor, limit: PAGE_SIZE });
    for (const item of page.items) {
      rows.push([
        item.reference,
        item.createdAt,
        `${item.firstName} ${item.lastName}`,
        item.outcome,
        item.reviewStatus,
        item.latestDecision ? DECISION_LABELS[item.latestDecision.decision] : "",
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  await auditEventQuery(db, {
    actor: { id: staff.userId, role: staff.role, ipAddress },
    action: "submissions.export",
    outcome: "success",
    at: now,
  });
  return { csv: toCsv(rows), filename: `submissions-${utcCalendarDate(now)}.csv`, rowCount: rows.length - 1 };
}
