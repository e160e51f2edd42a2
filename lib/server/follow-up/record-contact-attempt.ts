import "server-only";
import type { ContactAttemptInput } from "@/lib/follow-up/contact-attempt-schema";
import type { Actor } from "@/lib/staff/types";
import type { ContactResult, FollowUpState } from "@/lib/vocabulary";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { isMissingRecord } from "@/lib/server/db/errors";
import { AppError } from "@/lib/server/errors";

/** Where an attempt leaves the patient: reached, they leave the list; no answer, they stay on it. */
const FOLLOW_UP_AFTER: Record<ContactResult, FollowUpState> = {
  reached_booked: "booked",
  reached_declined: "declined",
  no_answer: "to_contact",
};

/**
 * Appends the front desk's attempt to reach a patient on the "To contact" list (earlier
 * attempts are kept as its history), moves the submission off the list when the patient was
 * reached, and audits it (without the note, which may name the patient), in one transaction.
 * `not_found` for an unknown submission; `conflict` for one not on the list (booked,
 * declined, withdrawn, or never put on it), also when that changed since it was read.
 */
export async function recordContactAttempt(
  db: Database,
  actor: Actor,
  input: ContactAttemptInput & { submissionId: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const { submissionId, result, note, now = new Date() } = input;
  const submission = await db.submission.findUnique({ where: { id: submissionId }, select: { reviewStatus: true, followUp: true } });
  if (!submission) throw new AppError("not_found");
  if (submission.followUp !== "to_contact" || submission.reviewStatus === "withdrawn") throw new AppError("conflict");

  const id = crypto.randomUUID();
  try {
    await db.$transaction([
      // Names the state read above, so two desks recording at once cannot both book the patient.
      db.submission.update({
        where: { id: submissionId, followUp: "to_contact", reviewStatus: { not: "withdrawn" } },
        data: { followUp: FOLLOW_UP_AFTER[result] },
        select: { id: true },
      }),
      db.contactAttempt.create({ data: { id, submissionId, result, note: note || null, byId: actor.id, createdAt: now }, select: { id: true } }),
      auditEventQuery(db, actor, {
        action: "submission.contact_attempt",
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
