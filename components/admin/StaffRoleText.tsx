import { knownCode, ROLE_LABELS, STAFF_ROLES } from "@/lib/vocabulary";

/** A role as stored in the audit log: its label, or the stored text for a role that no longer exists. */
export function StaffRoleText({ role }: { role: string }) {
  const known = knownCode(STAFF_ROLES, role);
  return <>{known === undefined ? role : ROLE_LABELS[known]}</>;
}
