import "server-only";
import type { Database } from "@/lib/server/db/client";
import type { StaffRole } from "./roles";

/** Demo sign-ins for the embedded demo only (printed in the README). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: StaffRole }> = [
  { email: "clinician@demo.clinic", name: "Demo Clinician", role: "clinician" },
  { email: "frontdesk@demo.clinic", name: "Demo Front Desk", role: "front_desk" },
  { email: "admin@demo.clinic", name: "Demo Admin", role: "admin" },
];

export const DEMO_PASSWORD = "demo-password-2026";

/**
 * Creates the demo staff accounts that are missing; leaves existing ones (and any
 * changes a clinic made to them) alone. Returns the emails it created.
 */
export async function seedDemoAccounts(db: Database): Promise<string[]> {
  const existing = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } },
    select: { email: true },
  });
  const present = new Set(existing.map((user) => user.email));
  const missing = DEMO_ACCOUNTS.filter((account) => !present.has(account.email));
  // One statement per account, no interactive transaction: see lib/server/db/sqlite-adapter.ts.
  for (const account of missing) {
    await db.user.create({ data: { id: crypto.randomUUID(), ...account } });
  }
  return missing.map((account) => account.email);
}
