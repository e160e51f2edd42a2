import "server-only";
import { toFieldIssues } from "@/lib/questionnaire";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { StaffSession } from "@/lib/server/auth/staff-session";
import type { Database } from "@/lib/server/db/client";
import { ApiError } from "@/lib/server/http/api-error";
import { decisionSchema } from "@/lib/review";

/**
 * Appends a clinician's decision (earlier ones are kept: the newest is current), marks the
 * submission decided and audits it, all in one transaction. Throws ApiError 400 for a bad
 * body and 404 for an unknown submission.
 */
export async function recordDecision(
  db: Database,
  staff: StaffSession,
  submissionId: string,
  body: unknown,
  { ipAddress, now = new Date() }: { ipAddress: string | null; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) throw new ApiError("invalid_request", toFieldIssues(parsed.error));
  if (!(await db.submission.findUnique({ where: { id: submissionId }, select: { id: true } }))) {
    throw new ApiError("not_found");
  }

  const id = crypto.randomUUID();
  await db.$transaction([
    db.decision.create({
      data: { id, submissionId, decision: parsed.data.decision, note: parsed.data.note || null, decidedById: staff.userId, createdAt: now },
    }),
    db.submission.update({ where: { id: submissionId }, data: { reviewStatus: "decided" } }),
    auditEventQuery(db, {
      actor: { id: staff.userId, role: staff.role, ipAddress },
      action: "submission.decide",
      outcome: "success",
      recordType: "submission",
      recordId: submissionId,
      at: now,
    }),
  ]);
  return { id, createdAt: now.toISOString() };
}
