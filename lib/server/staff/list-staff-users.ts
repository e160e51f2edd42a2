import "server-only";
import type { StaffUserRow } from "@/lib/staff/types";
import { knownCode, STAFF_ROLES } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";

/** Every staff account, enabled first, then by name. */
export async function listStaffUsers(db: Database): Promise<StaffUserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true },
  });
  return users.flatMap((user) => {
    const role = knownCode(STAFF_ROLES, user.role);
    return role ? [{ ...user, role, createdAt: user.createdAt.toISOString() }] : [];
  });
}
