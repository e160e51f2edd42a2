import type { Level } from "@/lib/screening";
import type { StaffRole } from "@/lib/server/staff/roles";

/** Staff-facing words for stored codes (outcome and status words live in lib/review). */
export const ROLE_LABELS: Record<StaffRole, string> = {
  clinician: "Clinician",
  front_desk: "Front desk",
  admin: "Admin",
};

export const LEVEL_LABELS: Record<Level, string> = {
  exclude: "Excludes",
  review: "Needs review",
  info: "For information",
};
