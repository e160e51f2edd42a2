import "server-only";
import type { Intake } from "@/lib/questionnaire";
import { assess, type Assessment, type Policy } from "@/lib/screening";
import type { SubmissionReceipt } from "@/lib/submissions/types";
import { clinicDate } from "@/lib/server/clinic-date";
import type { Database, Prisma } from "@/lib/server/db/client";
import { deleteSubmittedDraftQuery } from "@/lib/server/drafts/delete-submitted-draft";
import { AppError } from "@/lib/server/errors";
import { followUpOnArrival } from "@/lib/server/follow-up/follow-up-state";
import { reviewAlertRecipients, submissionMailQueries, type SubmissionMail } from "@/lib/server/mail/submission-mail";
import { storeSubmission, type SubmissionRow } from "./insert-submission";
import { newReference } from "./reference";
import { hashRequestBody } from "./request-hash";
import { searchKeys } from "./search";

export interface CreateSubmissionInput {
  /** A validated intake (`intakeSchema`). */
  intake: Intake;
  idempotencyKey?: string;
  /** The keyed hash of a `Resume-Code` sent with the intake: that draft is deleted with the new row. */
  draftCodeHash?: string;
  policy: Policy;
  now: Date;
  /** With mail configured: the review alerts and the patient's copy go to the outbox with the row. */
  mail?: SubmissionMail;
}

const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Screens an intake and stores answers, assessment and consent as one row: a single
 * INSERT, so the submission is stored whole or not at all. With an idempotency key, a
 * retry of the same intake returns the first receipt and stores nothing; the same key with
 * another intake is an `idempotency_conflict`.
 *
 * A new submission costs one statement, shared with the submissions arriving at the same
 * moment (`storeSubmission`). Only when the INSERT stored nothing is the key looked up: an
 * earlier request (or a concurrent one, on another app server too) holds it, or, with no
 * row for the key, the random reference was taken and another is drawn.
 *
 * With `draftCodeHash`, the patient's saved draft is deleted in the same transaction, and
 * only if the row went in: a retry or a conflicting reuse of the key deletes nothing. No
 * draft with that code (unknown, expired, deleted before) is no obstacle to the submission.
 *
 * With `mail`, the emails the submission causes (lib/server/mail/submission-mail.ts) are
 * written to the outbox in the same transaction, again only if the row went in.
 */
export async function createSubmission(db: Database, input: CreateSubmissionInput): Promise<SubmissionReceipt> {
  const { intake, idempotencyKey } = input;
  const requestHash = hashRequestBody(intake);
  // The patient's age is taken on the clinic's date: 23:30 in California is not yet tomorrow.
  const assessment = assess(intake, clinicDate(input.now), input.policy);
  const { mail } = input;
  const alertRecipients = mail !== undefined && assessment.outcome === "needs_review" ? await reviewAlertRecipients(db, mail.settings) : [];
  for (let attempt = 1; ; attempt++) {
    const row = rowFor(intake, assessment, { idempotencyKey, requestHash, now: input.now });
    const submission = { id: row.id, reference: row.reference, createdAt: input.now };
    const followers = () => [
      ...(input.draftCodeHash === undefined ? [] : [deleteSubmittedDraftQuery(db, input.draftCodeHash, row.id)]),
      ...(mail === undefined ? [] : submissionMailQueries(db, mail, submission, intake, assessment, alertRecipients)),
    ];
    if (await storeSubmission(db, { row, followers })) return receiptFor(row, assessment, input.now);
    if (idempotencyKey !== undefined) {
      const earlier = await findByIdempotencyKey(db, idempotencyKey, requestHash);
      if (earlier) return earlier;
    }
    if (attempt >= MAX_REFERENCE_ATTEMPTS) throw new Error(`No unused reference in ${MAX_REFERENCE_ATTEMPTS} draws`);
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

async function findByIdempotencyKey(
  db: Database,
  idempotencyKey: string,
  requestHash: string,
): Promise<SubmissionReceipt | undefined> {
  const row = await db.submission.findUnique({ where: { idempotencyKey }, select: receiptFields });
  if (!row) return undefined;
  if (row.requestHash !== requestHash) throw new AppError("idempotency_conflict");
  return {
    id: row.id,
    reference: row.reference,
    outcome: row.outcome as Assessment["outcome"],
    reasons: row.reasons as unknown as Assessment["reasons"],
    policyVersion: row.policyVersion,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The receipt of a row just stored: what was written, without reading it back. */
function receiptFor(row: SubmissionRow, assessment: Assessment, now: Date): SubmissionReceipt {
  return {
    id: row.id,
    reference: row.reference,
    outcome: assessment.outcome,
    reasons: assessment.reasons,
    policyVersion: assessment.policyVersion,
    createdAt: now.toISOString(),
  };
}

function rowFor(
  { patient, answers, consent }: Intake,
  assessment: Assessment,
  meta: { idempotencyKey: string | undefined; requestHash: string; now: Date },
): SubmissionRow {
  return {
    id: crypto.randomUUID(),
    reference: newReference(),
    createdAt: meta.now,
    questionnaireVersion: assessment.questionnaireVersion,
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    email: patient.email,
    ...searchKeys(patient),
    phone: patient.phone || null,
    answers: answers as Prisma.InputJsonObject,
    outcome: assessment.outcome,
    reasons: assessment.reasons as unknown as Prisma.InputJsonArray,
    policyVersion: assessment.policyVersion,
    consentStoreAndReview: consent.storeAndReview,
    consentAccurate: consent.accurate,
    signature: consent.signature,
    consentedAt: meta.now,
    contactMethod: consent.contactMethod,
    contactTimes: consent.contactTimes,
    followUp: followUpOnArrival(assessment.outcome),
    idempotencyKey: meta.idempotencyKey ?? null,
    requestHash: meta.requestHash,
  };
}
