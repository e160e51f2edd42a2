import "server-only";
import { isAllowed, type Permission } from "@/lib/staff/permissions";
import type { Actor } from "@/lib/staff/types";
import { anonymousActor, auditEventQuery } from "@/lib/server/audit/audit-event";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/http/client-address";
import { getStaffSession } from "./staff-session";

export interface AuthorizeOptions {
  /** The record the request is about, for the audit entry of a refusal. */
  recordId?: string;
  now?: Date;
}

/**
 * The staff member behind the request, as the actor of what they do, if their role may do
 * `permission`; otherwise an AppError (`unauthenticated` without a live session,
 * `forbidden` for the wrong role), with the refusal audited. Every staff route handler and
 * page calls this (pages through `authorizePage`); nothing relies on middleware.
 */
export async function authorize(
  headers: Headers,
  permission: Permission,
  { recordId, now = new Date() }: AuthorizeOptions = {},
): Promise<Actor> {
  const db = getDatabase();
  const ipAddress = clientAddress(headers);
  // Loaded with the first staff request: better-auth holds about 10 MB of heap, and a route
  // module that also serves patients (GET and POST /api/submissions) would load it for them.
  const { getAuth } = await import("./better-auth");
  const staff = await getStaffSession(getAuth(), db, getConfig(), headers, now);
  if (staff && isAllowed(staff.role, permission)) {
    return { id: staff.userId, name: staff.name, role: staff.role, ipAddress };
  }

  const actor = staff ? { id: staff.userId, role: staff.role, ipAddress } : anonymousActor(ipAddress);
  await auditEventQuery(db, actor, {
    action: "access.denied",
    outcome: "denied",
    recordType: recordId ? "submission" : undefined,
    recordId,
    at: now,
  });
  throw new AppError(staff ? "forbidden" : "unauthenticated");
}
