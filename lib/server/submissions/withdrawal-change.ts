import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { ReviewStatus, WithdrawalAction } from "@/lib/vocabulary";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { isMissingRecord } from "@/lib/server/db/errors";
import { AppError } from "@/lib/server/errors";

export interface WithdrawalChange {
  submissionId: string;
  action: WithdrawalAction;
  /** The review status read before the change, and the one it changes to. */
  from: ReviewStatus;
  to: ReviewStatus;
  reason: string;
  now: Date;
}

/**
 * Moves a submission between `withdrawn` and a queue status, appends the withdrawal row (a
 * withdrawal keeps the status it left, for the restore) and audits it (no reason, which may
 * name the patient), in one transaction. The update names the status read before, so when a
 * concurrent request changed it since, nothing is written and the answer is `conflict`.
 */
export async function writeWithdrawalChange(db: Database, actor: Actor, change: WithdrawalChange): Promise<{ id: string; createdAt: string }> {
  const { submissionId, action, from, to, reason, now } = change;
  const id = crypto.randomUUID();
  try {
    await db.$transaction([
      db.submission.update({ where: { id: submissionId, reviewStatus: from }, data: { reviewStatus: to }, select: { id: true } }),
      db.submissionWithdrawal.create({
        data: { id, submissionId, action, reason, previousStatus: action === "withdrawn" ? from : null, byId: actor.id, createdAt: now },
        select: { id: true },
      }),
      auditEventQuery(db, actor, {
        action: action === "withdrawn" ? "submission.withdraw" : "submission.restore",
        outcome: "success",
        recordType: "submission",
        recordId: submissionId,
        at: now,
      }),
    ]);
  } catch (error) {
    if (isMissingRecord(error)) throw new AppError("conflict");
    throw error;
  }
  return { id, createdAt: now.toISOString() };
}
