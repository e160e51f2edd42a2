import "server-only";
import { z } from "zod";
import type { AuditItem, AuditPage } from "@/lib/audit/types";
import { AUDIT_ACTIONS, auditActionLabel, auditOutcomeLabel, staffRoleLabel } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { clinicDayRange } from "@/lib/server/db/day-range";
import { cursorParam, encodeCursor, rowsAfter } from "@/lib/server/db/keyset-cursor";
import { dateParam as date } from "@/lib/server/http/query-params";
import { typedReference } from "@/lib/server/submissions/search";

/** The audit log's filters, without the page: the export takes these. */
export const auditFilterSchema = z.strictObject({
  actorId: z.string().max(100).optional(),
  action: z.enum(AUDIT_ACTIONS, { message: "Choose an action from the list" }).optional(),
  /** A record's id, or a submission's reference as the log shows it. */
  recordId: z.string().max(100).optional(),
  from: date.optional(),
  to: date.optional(),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The audit log's filters and page, as `GET /api/audit` and the audit page take them. */
export const auditQuerySchema = auditFilterSchema.extend({
  cursor: cursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** The record filter as stored: a reference the log shows (typed in any case) becomes its submission's id. */
async function recordIdOf(db: Database, typed: string | undefined): Promise<string | undefined> {
  const reference = typed === undefined ? undefined : typedReference(typed);
  if (reference === undefined) return typed;
  const submission = await db.submission.findUnique({ where: { reference }, select: { id: true } });
  return submission?.id ?? typed;
}

/**
 * The audit log, newest first, filtered by actor, action, record and date (days of the
 * clinic's calendar), in words: who (name and role), what, to which record (a submission's
 * reference, a staff member's name), how it ended.
 */
export async function listAuditEvents(db: Database, query: AuditQuery): Promise<AuditPage> {
  const recordId = await recordIdOf(db, query.recordId);
  const rows = await db.auditEvent.findMany({
    where: {
      AND: [
        { actorId: query.actorId, action: query.action, recordId, at: clinicDayRange(query.from, query.to) },
        rowsAfter("at", query.cursor, "desc"),
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const idsOf = (pick: (row: (typeof page)[number]) => string | null) => [...new Set(page.flatMap((row) => pick(row) ?? []))];
  // Two lookups a page, whatever its length: staff (actors, and accounts acted on) and submissions.
  const [staff, submissions] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...idsOf((row) => row.actorId), ...idsOf((row) => (row.recordType === "staff_user" ? row.recordId : null))] } },
      select: { id: true, name: true },
    }),
    db.submission.findMany({
      where: { id: { in: idsOf((row) => (row.recordType === "submission" ? row.recordId : null)) } },
      select: { id: true, reference: true },
    }),
  ]);
  const names = new Map(staff.map((user) => [user.id, user.name]));
  const references = new Map(submissions.map((submission) => [submission.id, submission.reference]));
  const recordLabel = (type: string | null, id: string | null): string | null => {
    if (id === null) return null;
    if (type === "submission") return references.get(id) ?? null;
    return type === "staff_user" ? (names.get(id) ?? null) : null;
  };
  const last = page.at(-1);
  return {
    items: page.map(
      (row): AuditItem => ({
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
        actorRole: row.actorRole,
        actorRoleLabel: row.actorRole === null ? null : staffRoleLabel(row.actorRole),
        action: row.action,
        actionLabel: auditActionLabel(row.action),
        recordType: row.recordType,
        recordId: row.recordId,
        recordLabel: recordLabel(row.recordType, row.recordId),
        outcome: row.outcome,
        outcomeLabel: auditOutcomeLabel(row.outcome),
        ipAddress: row.ipAddress,
      }),
    ),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
