import type { StaffRole } from "@/lib/vocabulary";

/**
 * Which roles may do what: the one table every staff entry point is checked against on the
 * server (`authorize`). Pages also read it to hide what a role cannot use; that is a
 * convenience, never the check.
 */
export const PERMISSIONS = {
  "submissions.list": ["clinician", "front_desk", "admin"],
  "submissions.view": ["clinician", "front_desk", "admin"],
  "submissions.print": ["clinician", "front_desk", "admin"],
  "submissions.decide": ["clinician", "admin"],
  "submissions.export": ["clinician", "admin"],
  /** Take junk or a duplicate out of the queue and its lists, put it back, and list what was taken out. */
  "submissions.withdraw": ["admin"],
  /** The "To contact" list and recording attempts to reach its patients. */
  "followUp.contact": ["front_desk", "admin"],
  "staff.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
