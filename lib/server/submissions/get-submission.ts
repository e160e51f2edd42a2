import "server-only";
import { ageOn, utcCalendarDate, type Answers } from "@/lib/questionnaire";
import type { Reason } from "@/lib/screening";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import type { StaffSession } from "@/lib/server/auth/staff-session";
import type { Database } from "@/lib/server/db/client";
import type { DecisionValue, ReviewStatus } from "@/lib/review";

export interface SubmissionDetail {
  id: string;
  reference: string;
  createdAt: string;
  questionnaireVersion: number;
  patient: { firstName: string; lastName: string; dateOfBirth: string; age: number; email: string; phone: string | null };
  answers: Answers;
  outcome: "eligible" | "needs_review" | "not_suitable";
  reasons: Reason[];
  policyVersion: string;
  reviewStatus: ReviewStatus;
  consent: { storeAndReview: boolean; accurate: boolean; signature: string; consentedAt: string };
  /** Newest first: the first is the current decision. */
  decisions: { id: string; decision: DecisionValue; note: string | null; decidedBy: string; createdAt: string }[];
}

/**
 * One submission for a staff member, audited as a view or a print in the same transaction
 * as its side effect: a clinician's (or admin's) first view moves a `new` submission to
 * `in_review`. Null when there is no such submission.
 */
export async function getSubmission(
  db: Database,
  staff: StaffSession,
  id: string,
  { purpose, ipAddress, now = new Date() }: { purpose: "view" | "print"; ipAddress: string | null; now?: Date },
): Promise<SubmissionDetail | null> {
  const exists = await db.submission.findUnique({ where: { id }, select: { reviewStatus: true } });
  if (!exists) return null;

  const actor: AuditActor = { id: staff.userId, role: staff.role, ipAddress };
  const startsReview = purpose === "view" && staff.role !== "front_desk" && exists.reviewStatus === "new";
  await db.$transaction([
    ...(startsReview ? [db.submission.updateMany({ where: { id, reviewStatus: "new" }, data: { reviewStatus: "in_review" } })] : []),
    auditEventQuery(db, {
      actor,
      action: purpose === "view" ? "submission.view" : "submission.print",
      outcome: "success",
      recordType: "submission",
      recordId: id,
      at: now,
    }),
  ]);

  const row = await db.submission.findUniqueOrThrow({
    where: { id },
    include: {
      decisions: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { decidedBy: { select: { name: true } } } },
    },
  });
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.createdAt.toISOString(),
    questionnaireVersion: row.questionnaireVersion,
    patient: {
      firstName: row.firstName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      age: ageOn(row.dateOfBirth, utcCalendarDate(now)),
      email: row.email,
      phone: row.phone,
    },
    answers: row.answers as Answers,
    outcome: row.outcome as SubmissionDetail["outcome"],
    reasons: row.reasons as unknown as Reason[],
    policyVersion: row.policyVersion,
    reviewStatus: row.reviewStatus as ReviewStatus,
    consent: {
      storeAndReview: row.consentStoreAndReview,
      accurate: row.consentAccurate,
      signature: row.signature,
      consentedAt: row.consentedAt.toISOString(),
    },
    decisions: row.decisions.map((decision) => ({
      id: decision.id,
      decision: decision.decision as DecisionValue,
      note: decision.note,
      decidedBy: decision.decidedBy.name,
      createdAt: decision.createdAt.toISOString(),
    })),
  };
}
