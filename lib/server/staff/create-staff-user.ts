import "server-only";
import type { NewStaff } from "@/lib/staff/schemas";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import { weakPasswordReason } from "@/lib/server/auth/password-strength";
import { hashPassword } from "@/lib/server/auth/passwords";
import type { Database } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { AppError } from "@/lib/server/errors";

/**
 * Creates a staff account: the user, its better-auth credential (argon2id hash) and the
 * audit entry, in one array transaction. Refuses a guessable password and an email that
 * already has an account (`invalid_request`, naming the field), also when another request
 * or app server creates that account at the same moment.
 */
export async function createStaffUser(db: Database, actor: AuditActor, input: NewStaff): Promise<{ id: string }> {
  const { email, name, role, password } = input;
  const weakness = await weakPasswordReason(password, email);
  if (weakness) throw AppError.invalid([{ path: "password", message: weakness }]);
  const taken = AppError.invalid([{ path: "email", message: "There is already an account with this email" }]);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw taken;

  const id = crypto.randomUUID();
  const hash = await hashPassword(password);
  await db.$transaction([
    db.user.create({ data: { id, email, name, role, emailVerified: true } }),
    // better-auth's email-and-password credential: provider "credential", keyed by the user id.
    db.account.create({
      data: { id: crypto.randomUUID(), userId: id, providerId: "credential", accountId: id, password: hash },
    }),
    auditEventQuery(db, actor, { action: "staff.create", outcome: "success", recordType: "staff_user", recordId: id }),
  ]).catch((error: unknown) => {
    throw isUniqueViolation(error) ? taken : error;
  });
  return { id };
}
