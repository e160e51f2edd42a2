import "server-only";
import { z } from "zod";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import { hashPassword, weakPasswordReason } from "@/lib/server/auth/passwords";
import type { Database } from "@/lib/server/db/client";
import { STAFF_ROLES } from "./roles";

export const newStaffSchema = z.strictObject({
  email: z.email({ message: "Enter an email address like name@clinic.example" }).trim().toLowerCase(),
  name: z.string().trim().min(1, { message: "Enter the person's name" }).max(100, { message: "Use 100 characters or fewer" }),
  role: z.enum(STAFF_ROLES, { message: "Choose clinician, front_desk or admin" }),
  password: z.string(),
});

export type CreateStaffResult =
  | { ok: true; userId: string }
  | { ok: false; problems: { path: string; message: string }[] };

/**
 * Creates a staff account with a strong password: the user, its better-auth credential
 * (argon2id hash) and the audit entry, in one array transaction.
 */
export async function createStaffUser(db: Database, input: unknown, actor: AuditActor | null): Promise<CreateStaffResult> {
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  }
  const { email, name, role, password } = parsed.data;
  const weakness = weakPasswordReason(password, email);
  if (weakness) return { ok: false, problems: [{ path: "password", message: weakness }] };
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, problems: [{ path: "email", message: "There is already an account with this email" }] };
  }

  const userId = crypto.randomUUID();
  await db.$transaction([
    db.user.create({ data: { id: userId, email, name, role, emailVerified: true } }),
    // better-auth's email-and-password credential: provider "credential", keyed by the user id.
    db.account.create({
      data: { id: crypto.randomUUID(), userId, providerId: "credential", accountId: userId, password: await hashPassword(password) },
    }),
    auditEventQuery(db, {
      actor: actor ?? { id: null, role: null, ipAddress: null },
      action: "staff.create",
      outcome: "success",
      recordType: "staff_user",
      recordId: userId,
    }),
  ]);
  return { ok: true, userId };
}
