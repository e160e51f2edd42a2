import "server-only";
import { utcCalendarDate, type Intake } from "@/lib/questionnaire";
import { assess, type Assessment, type Policy } from "@/lib/screening";
import type { SubmissionReceipt } from "@/lib/submissions/types";
import type { Database, Prisma } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/errors";
import { AppError } from "@/lib/server/errors";
import { newReference } from "./reference";
import { hashRequestBody } from "./request-hash";

export interface CreateSubmissionInput {
  /** A validated intake (`intakeSchema`). */
  intake: Intake;
  idempotencyKey?: string;
  policy: Policy;
  now: Date;
}

const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Screens an intake and stores answers, assessment and consent as one row: a single
 * INSERT, so the submission is stored whole or not at all. With an idempotency key, a
 * retry of the same intake returns the first receipt and stores nothing; the same key with
 * another intake is an `idempotency_conflict`.
 */
export async function createSubmission(db: Database, input: CreateSubmissionInput): Promise<SubmissionReceipt> {
  const { intake, idempotencyKey } = input;
  const requestHash = hashRequestBody(intake);
  if (idempotencyKey !== undefined) {
    const earlier = await findByIdempotencyKey(db, idempotencyKey, requestHash);
    if (earlier) return earlier;
  }

  const assessment = assess(intake, utcCalendarDate(input.now), input.policy);
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await db.submission.create({
        data: rowFor(intake, assessment, { idempotencyKey, requestHash, now: input.now }),
        select: receiptFields,
      });
      return toReceipt(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request with the same key won the race: answer as a retry would be.
      if (idempotencyKey !== undefined) {
        const earlier = await findByIdempotencyKey(db, idempotencyKey, requestHash);
        if (earlier) return earlier;
      }
      // Otherwise the random reference was taken; draw another.
      if (attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
    }
  }
}

const receiptFields = {
  id: true,
  reference: true,
  outcome: true,
  reasons: true,
  policyVersion: true,
  createdAt: true,
  requestHash: true,
} as const;

type ReceiptRow = Prisma.SubmissionGetPayload<{ select: typeof receiptFields }>;

async function findByIdempotencyKey(
  db: Database,
  idempotencyKey: string,
  requestHash: string,
): Promise<SubmissionReceipt | undefined> {
  const row = await db.submission.findUnique({ where: { idempotencyKey }, select: receiptFields });
  if (!row) return undefined;
  if (row.requestHash !== requestHash) throw new AppError("idempotency_conflict");
  return toReceipt(row);
}

function toReceipt(row: ReceiptRow): SubmissionReceipt {
  return {
    id: row.id,
    reference: row.reference,
    outcome: row.outcome as Assessment["outcome"],
    reasons: row.reasons as unknown as Assessment["reasons"],
    policyVersion: row.policyVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

function rowFor(
  { patient, answers, consent }: Intake,
  assessment: Assessment,
  meta: { idempotencyKey: string | undefined; requestHash: string; now: Date },
): Prisma.SubmissionCreateInput {
  return {
    id: crypto.randomUUID(),
    reference: newReference(),
    createdAt: meta.now,
    questionnaireVersion: assessment.questionnaireVersion,
    firstName: patient.firstName,
    lastName: patient.lastName,
    nameSearch: `${patient.firstName} ${patient.lastName}`.toLowerCase(),
    dateOfBirth: patient.dateOfBirth,
    email: patient.email,
    emailSearch: patient.email.toLowerCase(),
    phone: patient.phone || null,
    answers: answers as Prisma.InputJsonObject,
    outcome: assessment.outcome,
    reasons: assessment.reasons as unknown as Prisma.InputJsonArray,
    policyVersion: assessment.policyVersion,
    consentStoreAndReview: consent.storeAndReview,
    consentAccurate: consent.accurate,
    signature: consent.signature,
    consentedAt: meta.now,
    idempotencyKey: meta.idempotencyKey ?? null,
    requestHash: meta.requestHash,
  };
}
