import "server-only";
import { auditEventQuery, clientIpAddress } from "@/lib/server/audit/audit-event";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { ApiError } from "@/lib/server/http/api-error";
import type { StaffRole } from "@/lib/server/staff/roles";
import { getAuth } from "./better-auth";
import { getStaffSession, type StaffSession } from "./staff-session";

/** Which roles may do what. The one table every staff entry point is checked against. */
export const PERMISSIONS = {
  "submissions.list": ["clinician", "front_desk", "admin"],
  "submissions.view": ["clinician", "front_desk", "admin"],
  "submissions.print": ["clinician", "front_desk", "admin"],
  "submissions.decide": ["clinician", "admin"],
  "submissions.export": ["clinician", "admin"],
  "staff.manage": ["admin"],
  "audit.read": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

export interface AuthorizeOptions {
  /** The record the request is about, for the audit entry of a refusal. */
  recordId?: string;
  now?: Date;
}

/**
 * The staff member behind the request if their role may do `permission`; otherwise an
 * ApiError (401 without a live session, 403 for the wrong role), with the refusal audited.
 * Every staff route handler, server action and page calls this (pages through
 * `authorizePage`); nothing relies on middleware.
 */
export async function authorize(
  headers: Headers,
  permission: Permission,
  { recordId, now = new Date() }: AuthorizeOptions = {},
): Promise<StaffSession> {
  const db = getDatabase();
  const staff = await getStaffSession(getAuth(), db, getConfig(), headers, now);
  if (staff && isAllowed(staff.role, permission)) return staff;

  await auditEventQuery(db, {
    actor: { id: staff?.userId ?? null, role: staff?.role ?? null, ipAddress: clientIpAddress(headers) },
    action: "access.denied",
    outcome: "denied",
    recordType: recordId ? "submission" : undefined,
    recordId,
    at: now,
  });
  throw new ApiError(staff ? "forbidden" : "unauthenticated");
}
