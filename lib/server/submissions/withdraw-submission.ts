import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { WithdrawalInput } from "@/lib/submissions/withdrawal-schema";
import { REVIEW_STATUSES, knownCode } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { writeWithdrawalChange } from "./withdrawal-change";

/**
 * An admin takes a junk or duplicate submission out of the queue, its counts, search and
 * export: it becomes `withdrawn`, with the reason, who and when kept in its withdrawal
 * history and the change audited. Nothing of it is erased, and `restoreSubmission` puts it
 * back. `not_found` for an unknown submission, `conflict` for one already withdrawn.
 */
export async function withdrawSubmission(
  db: Database,
  actor: Actor,
  input: WithdrawalInput & { submissionId: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const { submissionId, reason, now = new Date() } = input;
  const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { reviewStatus: true } });
  if (!submission) throw new AppError("not_found");
  const from = knownCode(REVIEW_STATUSES, submission.reviewStatus);
  if (from === undefined || from === "withdrawn") throw new AppError("conflict");
  return writeWithdrawalChange(db, actor, { submissionId, action: "withdrawn", from, to: "withdrawn", reason, now });
}
