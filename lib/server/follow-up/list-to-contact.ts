import "server-only";
import { z } from "zod";
import type { ToContactItem, ToContactPage } from "@/lib/follow-up/types";
import type { ContactTime } from "@/lib/questionnaire";
import type { ContactResult } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { cursorParam, encodeCursor, rowsAfter } from "@/lib/server/db/keyset-cursor";

/** The query string of `GET /api/to-contact` and the "To contact" page. */
export const toContactQuerySchema = z.strictObject({
  cursor: cursorParam.optional(),
  limit: z.coerce.number({ message: "Use a whole number from 1 to 100" }).int().min(1).max(100, { message: "Use at most 100" }).default(25),
});
export type ToContactQuery = z.output<typeof toContactQuerySchema>;

/** The newest attempts shown with each patient; the count covers them all. */
const HISTORY_SHOWN = 20;

/**
 * One page of the front desk's "To contact" list: patients on it, oldest submission first
 * so that nobody waits longest, withdrawn ones left out. Keyset pagination on (createdAt,
 * id), one index range (`followUp, createdAt, id`), so a patient booked while the desk pages
 * through does not shift the next page.
 */
export async function listToContact(db: Database, query: ToContactQuery): Promise<ToContactPage> {
  const rows = await db.submission.findMany({
    where: { AND: [{ followUp: "to_contact", reviewStatus: { not: "withdrawn" } }, rowsAfter("createdAt", query.cursor, "asc")] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: {
      id: true,
      reference: true,
      createdAt: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      contactMethod: true,
      contactTimes: true,
      _count: { select: { contactAttempts: true } },
      contactAttempts: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: HISTORY_SHOWN,
        select: { id: true, result: true, note: true, createdAt: true, by: { select: { name: true } } },
      },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row): ToContactItem => {
      // Phone only when they chose it and gave a number (it is optional in "About you").
      const phone = row.contactMethod === "phone" ? row.phone : null;
      return {
        submissionId: row.id,
        reference: row.reference,
        createdAt: row.createdAt.toISOString(),
        firstName: row.firstName,
        lastName: row.lastName,
        contactBy: phone ? "phone" : "email",
        contactDetail: phone || row.email,
        contactTimes: (row.contactTimes as ContactTime[] | null) ?? [],
        attemptCount: row._count.contactAttempts,
        attempts: row.contactAttempts.map((attempt) => ({
          id: attempt.id,
          result: attempt.result as ContactResult,
          note: attempt.note,
          by: attempt.by.name,
          createdAt: attempt.createdAt.toISOString(),
        })),
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
