import "server-only";
import type { StaffRole } from "@/lib/vocabulary";
import { SYSTEM_ACTOR } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { createStaffUser } from "./create-staff-user";

/** Demo sign-ins for the embedded demo only (printed in the README). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: StaffRole }> = [
  { email: "clinician@demo.clinic", name: "Demo Clinician", role: "clinician" },
  { email: "frontdesk@demo.clinic", name: "Demo Front Desk", role: "front_desk" },
  { email: "admin@demo.clinic", name: "Demo Admin", role: "admin" },
];

export const DEMO_PASSWORD = "demo-password-2026";

/**
 * Creates the demo staff accounts that are missing; leaves existing ones (and any
 * changes a clinic made to them) alone, also when several app servers start at once and
 * seed together. Returns the emails it created.
 */
export async function seedDemoAccounts(db: Database): Promise<string[]> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    try {
      await createStaffUser(db, SYSTEM_ACTOR, { ...account, password: DEMO_PASSWORD });
      created.push(account.email);
    } catch (error) {
      // Another server created it between the check and the insert.
      const taken = error instanceof AppError && error.details.issues?.some((issue) => issue.path === "email");
      if (!taken) throw error;
    }
  }
  return created;
}
