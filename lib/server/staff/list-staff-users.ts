import "server-only";
import type { Database } from "@/lib/server/db/client";
import type { StaffRole } from "./roles";

export interface StaffUserRow {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
}

/** Every staff account, enabled first, then by name. */
export async function listStaffUsers(db: Database): Promise<StaffUserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
  return users.map((user) => ({ ...user, role: user.role as StaffRole, createdAt: user.createdAt.toISOString() }));
}
