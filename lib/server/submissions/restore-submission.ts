import "server-only";
import type { Actor } from "@/lib/staff/types";
import type { WithdrawalInput } from "@/lib/submissions/withdrawal-schema";
import { REVIEW_STATUSES, knownCode } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { writeWithdrawalChange } from "./withdrawal-change";

/**
 * An admin puts a withdrawn submission back where it was: the review status its latest
 * withdrawal left (nothing can decide or open it for review while it is withdrawn, so that
 * status is still true), with the reason kept in its withdrawal history and the change
 * audited. `not_found` for an unknown submission, `conflict` for one not withdrawn.
 */
export async function restoreSubmission(
  db: Database,
  actor: Actor,
  input: WithdrawalInput & { submissionId: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const { submissionId, reason, now = new Date() } = input;
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      reviewStatus: true,
      withdrawals: { where: { action: "withdrawn" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { previousStatus: true } },
    },
  });
  if (!submission) throw new AppError("not_found");
  const to = knownCode(REVIEW_STATUSES, submission.withdrawals[0]?.previousStatus);
  if (submission.reviewStatus !== "withdrawn" || to === undefined) throw new AppError("conflict");
  return writeWithdrawalChange(db, actor, { submissionId, action: "restored", from: "withdrawn", to, reason, now });
}
