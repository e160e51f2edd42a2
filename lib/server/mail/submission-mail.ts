import "server-only";
import type { Intake } from "@/lib/questionnaire";
import type { Assessment } from "@/lib/screening";
import type { Config, MailSettings } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { enqueueForSubmissionQuery, enqueueReviewAlertQueries } from "./enqueue";
import { patientCopyEmail, reviewAlertEmail } from "./templates";

/** What a new submission needs to write its emails; absent when mail is not configured. */
export interface SubmissionMail {
  readonly settings: MailSettings;
  readonly clinicName: string;
  readonly clinicPhone: string;
  readonly reviewContactDays: number;
}

export function submissionMailFrom(config: Config): SubmissionMail | undefined {
  if (config.mail === undefined) return undefined;
  return { settings: config.mail, clinicName: config.clinicName, clinicPhone: config.clinicPhone, reviewContactDays: config.reviewContactDays };
}

/** Who is told of a `needs_review` submission: REVIEW_ALERT_EMAILS, or every clinician whose account is not disabled. */
export async function reviewAlertRecipients(db: Database, settings: Pick<MailSettings, "reviewAlertEmails">): Promise<string[]> {
  if (settings.reviewAlertEmails !== undefined) return [...new Set(settings.reviewAlertEmails)];
  const clinicians = await db.user.findMany({ where: { role: "clinician", disabled: false }, select: { email: true }, orderBy: { email: "asc" } });
  return clinicians.map((clinician) => clinician.email);
}

export interface NewSubmission {
  readonly id: string;
  readonly reference: string;
  readonly createdAt: Date;
}

/**
 * The outbox statements for a new submission, to run in the transaction that inserts it:
 * a review alert for each of `alertRecipients` when it needs review, and the patient's copy
 * when they asked for one (`consent.emailCopy`).
 */
export function submissionMailQueries(
  db: Database,
  mail: SubmissionMail,
  submission: NewSubmission,
  intake: Intake,
  assessment: Assessment,
  alertRecipients: readonly string[],
) {
  const alerts =
    assessment.outcome === "needs_review"
      ? alertRecipients.flatMap((recipient) =>
          enqueueReviewAlertQueries(db, {
            submissionId: submission.id,
            reference: submission.reference,
            recipient,
            now: submission.createdAt,
            intervalMinutes: mail.settings.alertIntervalMinutes,
            alert: reviewAlertEmail([submission.reference], mail.clinicName, mail.settings.appUrl),
          }),
        )
      : [];
  const copy =
    intake.consent.emailCopy === true
      ? [
          enqueueForSubmissionQuery(
            db,
            submission.id,
            "patient_copy",
            intake.patient.email,
            patientCopyEmail({ receipt: { reference: submission.reference, outcome: assessment.outcome, reasons: assessment.reasons }, ...mail }),
          ),
        ]
      : [];
  return [...alerts, ...copy];
}
