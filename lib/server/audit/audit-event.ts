import "server-only";
import type { Database } from "@/lib/server/db/client";

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_out",
  "access.denied",
  "submission.view",
  "submission.print",
  "submission.decide",
  "submissions.export",
  "staff.create",
  "staff.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did it, from where: never a patient's name or answers. */
export interface AuditActor {
  id: string | null;
  role: string | null;
  ipAddress: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  outcome: "success" | "failure" | "denied";
  recordType?: "submission" | "staff_user";
  recordId?: string | null;
  at?: Date;
}

/**
 * The INSERT of one audit entry, not yet sent: pass it to `db.$transaction([...])` with the
 * change it records, so that both are stored or neither.
 */
export function auditEventQuery(db: Database, entry: AuditEntry) {
  return db.auditEvent.create({
    data: {
      id: crypto.randomUUID(),
      at: entry.at ?? new Date(),
      actorId: entry.actor.id,
      actorRole: entry.actor.role,
      ipAddress: entry.actor.ipAddress,
      action: entry.action,
      outcome: entry.outcome,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
    },
    select: { id: true },
  });
}

/** The client's address as the proxy in front of us (or Next.js) reports it. */
export function clientIpAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
