import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { DecisionInput } from "@/lib/submissions/decision-schema";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

/**
 * Appends a clinician's decision (earlier ones are kept: the newest is current), marks the
 * submission decided and audits it, all in one transaction. `not_found` for an unknown
 * submission.
 */
export async function recordDecision(
  db: Database,
  actor: Actor,
  input: DecisionInput & { submissionId: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const { submissionId, decision, note, now = new Date() } = input;
  if (!(await db.submission.findUnique({ where: { id: submissionId }, select: { id: true } }))) {
    throw new AppError("not_found");
  }

  const id = crypto.randomUUID();
  await db.$transaction([
    db.decision.create({ data: { id, submissionId, decision, note: note || null, decidedById: actor.id, createdAt: now } }),
    db.submission.update({ where: { id: submissionId }, data: { reviewStatus: "decided" } }),
    auditEventQuery(db, actor, { action: "submission.decide", outcome: "success", recordType: "submission", recordId: submissionId, at: now }),
  ]);
  return { id, createdAt: now.toISOString() };
}
