import "server-only";
import type { StaffChange } from "@/lib/staff/schemas";
import type { Actor } from "@/lib/staff/types";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

/**
 * Changes a staff member's role or disables (or re-enables) their account. Disabling ends
 * every session of theirs at once, in the same transaction as the change and its audit
 * entry. Nobody changes their own account, so an admin cannot lock the clinic out by
 * demoting or disabling the last admin by mistake.
 */
export async function updateStaffUser(db: Database, actor: Actor, input: { userId: string; change: StaffChange }): Promise<{ id: string }> {
  const { userId, change } = input;
  if (userId === actor.id) throw AppError.invalid([{ path: "", message: "You cannot change your own role or disable yourself" }]);
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("not_found");
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: change }),
    ...(change.disabled ? [db.session.deleteMany({ where: { userId } })] : []),
    auditEventQuery(db, actor, { action: "staff.update", outcome: "success", recordType: "staff_user", recordId: userId }),
  ]);
  return { id: userId };
}
