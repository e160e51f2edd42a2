import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { AuditAction, AuditOutcome, StaffRole } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";

/** Who did it, from where: a staff member, or someone not (yet) signed in. Never a patient. */
export type AuditActor = Pick<Actor, "ipAddress"> & {
  readonly id: string | null;
  readonly role: StaffRole | null;
};

/** Someone not signed in, known only by their address. */
export const anonymousActor = (ipAddress: string | null): AuditActor => ({ id: null, role: null, ipAddress });

/** The app itself (seeding, the command line): no person, no address. */
export const SYSTEM_ACTOR: AuditActor = anonymousActor(null);

export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  recordType?: "submission" | "staff_user";
  recordId?: string | null;
  at?: Date;
}

/**
 * The INSERT of one audit entry, not yet sent: pass it to `db.$transaction([...])` with the
 * change it records, so that both are stored or neither.
 */
export function auditEventQuery(db: Database, actor: AuditActor, entry: AuditEntry) {
  return db.auditEvent.create({
    data: {
      id: crypto.randomUUID(),
      at: entry.at ?? new Date(),
      actorId: actor.id,
      actorRole: actor.role,
      ipAddress: actor.ipAddress,
      action: entry.action,
      outcome: entry.outcome,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
    },
    select: { id: true },
  });
}
