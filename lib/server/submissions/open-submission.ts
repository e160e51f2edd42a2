import "server-only";
import { isAllowed } from "@/lib/staff/permissions";
import type { Actor } from "@/lib/staff/types";
import type { SubmissionDetail } from "@/lib/submissions/types";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { getSubmission, getSubmissions } from "./get-submission";

/**
 * A staff member opens a submission: the view is audited and, when a clinician (anyone who
 * may decide) opens a `new` one, it moves to `in_review`, in one transaction. Then it is
 * read. `not_found` when there is no such submission.
 */
export async function openSubmission(db: Database, actor: Actor, input: { id: string; now?: Date }): Promise<SubmissionDetail> {
  const { id, now = new Date() } = input;
  const exists = await db.submission.findUnique({ where: { id }, select: { reviewStatus: true } });
  if (!exists) throw new AppError("not_found");

  const startsReview = isAllowed(actor.role, "submissions.decide") && exists.reviewStatus === "new";
  await db.$transaction([
    ...(startsReview ? [db.submission.updateMany({ where: { id, reviewStatus: "new" }, data: { reviewStatus: "in_review" } })] : []),
    auditEventQuery(db, actor, { action: "submission.view", outcome: "success", recordType: "submission", recordId: id, at: now }),
  ]);
  return getSubmission(db, { id, now });
}

/**
 * A staff member prints submissions: each one found is audited as a print, all in one
 * transaction, and returned in the order of `ids`; ids with no submission are left out.
 * Printing never changes a review status.
 */
export async function openSubmissionsForPrint(
  db: Database,
  actor: Actor,
  input: { ids: readonly string[]; now?: Date },
): Promise<SubmissionDetail[]> {
  const { ids, now = new Date() } = input;
  const found = await getSubmissions(db, { ids, now });
  if (found.length > 0) {
    await db.$transaction(
      found.map(({ id }) =>
        auditEventQuery(db, actor, { action: "submission.print", outcome: "success", recordType: "submission", recordId: id, at: now }),
      ),
    );
  }
  return found;
}
