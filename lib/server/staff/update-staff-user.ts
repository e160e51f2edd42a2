import "server-only";
import { z } from "zod";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { STAFF_ROLES } from "./roles";

export const staffChangeSchema = z
  .strictObject({
    role: z.enum(STAFF_ROLES, { message: "Choose clinician, front_desk or admin" }).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => change.role !== undefined || change.disabled !== undefined, { message: "Change the role or the status" });
export type StaffChange = z.infer<typeof staffChangeSchema>;

/**
 * Changes a staff member's role or disables (or re-enables) their account. Disabling ends
 * every session of theirs at once, in the same transaction as the change and its audit
 * entry. Returns false when there is no such user.
 */
export async function updateStaffUser(db: Database, actor: AuditActor, userId: string, change: StaffChange): Promise<boolean> {
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) return false;
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: change }),
    ...(change.disabled ? [db.session.deleteMany({ where: { userId } })] : []),
    auditEventQuery(db, { actor, action: "staff.update", outcome: "success", recordType: "staff_user", recordId: userId }),
  ]);
  return true;
}
