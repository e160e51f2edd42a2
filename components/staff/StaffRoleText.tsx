import { STAFF_ROLES } from "@/lib/server/staff/roles";
import { ROLE_LABELS } from "./labels";

/** A role as stored in the audit log: its label, or the stored text for a role that no longer exists. */
export function StaffRoleText({ role }: { role: string }) {
  const known = STAFF_ROLES.find((candidate) => candidate === role);
  return <>{known === undefined ? role : ROLE_LABELS[known]}</>;
}
