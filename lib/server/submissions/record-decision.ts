import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { DecisionInput } from "@/lib/submissions/decision-schema";
import type { Decision, ReviewStatus } from "@/lib/vocabulary";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { isMissingRecord } from "@/lib/server/db/errors";
import { AppError } from "@/lib/server/errors";
import { followUpAfterDecision } from "@/lib/server/follow-up/follow-up-state";

/**
 * Appends a clinician's decision (earlier ones are kept: the newest is current), moves the
 * submission on, puts an approved patient on the "To contact" list (or takes them off it:
 * `followUpAfterDecision`) and audits it, all in one transaction. "More information needed"
 * leaves the case `awaiting_information`, listed on its own until a later decision; any other
 * decision marks it `decided`. `not_found` for an unknown
 * submission, `conflict` for a withdrawn one: deciding it would silently put it back in the
 * queue, which only an admin's restore does.
 */
export async function recordDecision(
  db: Database,
  actor: Actor,
  input: DecisionInput & { submissionId: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const { submissionId, decision, note, now = new Date() } = input;
  const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { reviewStatus: true, followUp: true } });
  if (!submission) throw new AppError("not_found");
  if (submission.reviewStatus === "withdrawn") throw new AppError("conflict");

  const id = crypto.randomUUID();
  try {
    await db.$transaction([
      db.decision.create({ data: { id, submissionId, decision, note: note || null, decidedById: actor.id, createdAt: now } }),
      // Fails the whole transaction if an admin withdrew it, or the front desk reached the
      // patient, since it was read.
      db.submission.update({
        where: { id: submissionId, reviewStatus: { not: "withdrawn" }, followUp: submission.followUp },
        data: { reviewStatus: statusAfter(decision), followUp: followUpAfterDecision(submission.followUp, decision) },
      }),
      auditEventQuery(db, actor, { action: "submission.decide", outcome: "success", recordType: "submission", recordId: submissionId, at: now }),
    ]);
  } catch (error) {
    if (isMissingRecord(error)) throw new AppError("conflict");
    throw error;
  }
  return { id, createdAt: now.toISOString() };
}

function statusAfter(decision: Decision): ReviewStatus {
  return decision === "more_information_needed" ? "awaiting_information" : "decided";
}
