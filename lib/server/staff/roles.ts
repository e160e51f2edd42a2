export const STAFF_ROLES = ["clinician", "front_desk", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
