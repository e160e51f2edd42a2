import "server-only";
import { ageOn, type Answers, type ContactMethod, type ContactTime } from "@/lib/questionnaire";
import type { Reason } from "@/lib/screening";
import type { SubmissionDetail } from "@/lib/submissions/types";
import type { Decision, Outcome, ReviewStatus, WithdrawalAction } from "@/lib/vocabulary";
import { clinicDate } from "@/lib/server/clinic-date";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { Prisma } from "@/lib/server/db/client";

const withHistory = {
  decisions: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { decidedBy: { select: { name: true } } } },
  withdrawals: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { by: { select: { name: true } } } },
} as const satisfies Prisma.SubmissionInclude;

type SubmissionRow = Prisma.SubmissionGetPayload<{ include: typeof withHistory }>;

/**
 * Submissions with their answers, decisions and withdrawals, in the order of `ids`; ids with no
 * submission are left out. Reads only: opening one for a person is `openSubmission`.
 */
export async function getSubmissions(db: Database, input: { ids: readonly string[]; now?: Date }): Promise<SubmissionDetail[]> {
  const rows = await db.submission.findMany({ where: { id: { in: [...input.ids] } }, include: withHistory });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const today = clinicDate(input.now ?? new Date());
  return input.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toDetail(row, today)] : [];
  });
}

/** One submission with its answers, decisions and withdrawals; `not_found` when there is none. */
export async function getSubmission(db: Database, input: { id: string; now?: Date }): Promise<SubmissionDetail> {
  const [detail] = await getSubmissions(db, { ids: [input.id], now: input.now });
  if (!detail) throw new AppError("not_found");
  return detail;
}

function toDetail(row: SubmissionRow, today: string): SubmissionDetail {
  return {
    id: row.id,
    reference: row.reference,
    createdAt: row.createdAt.toISOString(),
    questionnaireVersion: row.questionnaireVersion,
    patient: {
      firstName: row.firstName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      age: ageOn(row.dateOfBirth, today),
      email: row.email,
      phone: row.phone,
    },
    answers: row.answers as Answers,
    outcome: row.outcome as Outcome,
    reasons: row.reasons as unknown as Reason[],
    policyVersion: row.policyVersion,
    reviewStatus: row.reviewStatus as ReviewStatus,
    consent: {
      storeAndReview: row.consentStoreAndReview,
      accurate: row.consentAccurate,
      signature: row.signature,
      consentedAt: row.consentedAt.toISOString(),
      contactMethod: row.contactMethod as ContactMethod | null,
      contactTimes: row.contactTimes as ContactTime[] | null,
    },
    decisions: row.decisions.map((decision) => ({
      id: decision.id,
      decision: decision.decision as Decision,
      note: decision.note,
      decidedBy: decision.decidedBy.name,
      createdAt: decision.createdAt.toISOString(),
    })),
    withdrawals: row.withdrawals.map((withdrawal) => ({
      id: withdrawal.id,
      action: withdrawal.action as WithdrawalAction,
      reason: withdrawal.reason,
      by: withdrawal.by.name,
      createdAt: withdrawal.createdAt.toISOString(),
    })),
  };
}
