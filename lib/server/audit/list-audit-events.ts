import "server-only";
import { z } from "zod";
import type { AuditPage } from "@/lib/audit/types";
import { AUDIT_ACTIONS } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { clinicDayRange } from "@/lib/server/db/day-range";
import { cursorParam, encodeCursor, rowsAfter } from "@/lib/server/db/keyset-cursor";
import { dateParam as date } from "@/lib/server/http/query-params";

/** The audit log's filters, as `GET /api/audit` and the audit page take them. */
export const auditQuerySchema = z.strictObject({
  actorId: z.string().max(100).optional(),
  action: z.enum(AUDIT_ACTIONS, { message: "Choose an action from the list" }).optional(),
  recordId: z.string().max(100).optional(),
  from: date.optional(),
  to: date.optional(),
  cursor: cursorParam.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** The audit log, newest first, filtered by actor, action, record and date (UTC days). */
export async function listAuditEvents(db: Database, query: AuditQuery): Promise<AuditPage> {
  const rows = await db.auditEvent.findMany({
    where: {
      AND: [
        { actorId: query.actorId, action: query.action, recordId: query.recordId, at: clinicDayRange(query.from, query.to) },
        rowsAfter("at", query.cursor, "desc"),
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(page.flatMap((row) => (row.actorId ? [row.actorId] : [])))] } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      ...row,
      at: row.at.toISOString(),
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
