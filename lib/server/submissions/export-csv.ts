import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { SubmissionFilter } from "@/lib/submissions/types";
import { isoInZone } from "@/lib/time-zone";
import { DECISION_LABELS, OUTCOME_LABELS, REVIEW_STATUS_LABELS } from "@/lib/vocabulary";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import { clinicDate } from "@/lib/server/clinic-date";
import { getConfig } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { toCsv } from "@/lib/server/http/csv";
import { listQuerySchema, listSubmissions } from "./list-submissions";

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
export type ExportQuery = Omit<SubmissionFilter, "cursor" | "limit">;

// Times are the clinic's, with their offset (2026-11-19T23:30:00-08:00), as on its screens.
const HEADER = ["Reference", "Submitted", "Name", "Outcome", "Review status", "Latest decision"] as const;
const PAGE_SIZE = 100;

/**
 * Every submission matching the list's filters as CSV, one row each, with no answers: the
 * list's columns only, in the words the screen uses. The export is audited (who, when,
 * from where; never which patients) before any of it is returned.
 */
export async function exportSubmissionsCsv(
  db: Database,
  actor: Actor,
  input: ExportQuery & { now?: Date },
): Promise<{ csv: string; filename: string; rowCount: number }> {
  const { now = new Date(), ...query } = input;
  const { clinicTimeZone } = getConfig();
  const rows: string[][] = [[...HEADER]];
  let cursor: string | undefined;
  do {
    const page = await listSubmissions(db, { ...query, cursor, limit: PAGE_SIZE });
    for (const item of page.items) {
      rows.push([
        item.reference,
        isoInZone(new Date(item.createdAt), clinicTimeZone),
        `${item.firstName} ${item.lastName}`,
        OUTCOME_LABELS[item.outcome],
        REVIEW_STATUS_LABELS[item.reviewStatus],
        item.latestDecision ? DECISION_LABELS[item.latestDecision.decision] : "",
      ]);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);

  await auditEventQuery(db, actor, { action: "submissions.export", outcome: "success", at: now });
  return { csv: toCsv(rows), filename: `submissions-${clinicDate(now)}.csv`, rowCount: rows.length - 1 };
}
