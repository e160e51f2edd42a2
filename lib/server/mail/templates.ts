import "server-only";
import { OUTCOME_LABELS } from "@/lib/vocabulary";
import { nextStepParts, RESULT_HEADINGS, verdictOf } from "@/lib/submissions/result-words";
import type { SubmissionReceipt } from "@/lib/submissions/types";

/** An email as the outbox stores it: plain text, and the same words in simple HTML. */
export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function htmlOf(paragraphs: readonly string[], list?: readonly string[]): string {
  const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`);
  if (list !== undefined) body.splice(1, 0, `<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`);
  return `<!doctype html><html><body>${body.join("")}</body></html>`;
}

/** The review queue's address in the app served at `appUrl`. */
function queueUrl(appUrl: string): string {
  return new URL("/staff", appUrl).href;
}

/**
 * A review alert: references and the outcome, and a link to the queue. Nothing else about
 * a patient: staff sign in to see more, and an email may be read anywhere.
 */
export function reviewAlertEmail(references: readonly string[], clinicName: string, appUrl: string): MailContent {
  const outcome = OUTCOME_LABELS.needs_review;
  const count = references.length;
  const subject = count === 1 ? `${outcome}: screening ${references[0]}` : `${outcome}: ${count} screenings`;
  const lead = `${count === 1 ? "A screening needs" : `${count} screenings need`} a clinician's review (outcome: ${outcome}):`;
  const queue = `Open the review queue: ${queueUrl(appUrl)}`;
  const footer = `Sent by ${clinicName}'s screening app. Sign in to see the details.`;
  return {
    subject,
    text: [lead, "", ...references.map((reference) => `- ${reference}`), "", queue, "", footer, ""].join("\n"),
    html: htmlOf([lead, queue, footer], references),
  };
}

export interface PatientCopyInput {
  readonly receipt: Pick<SubmissionReceipt, "reference" | "outcome" | "reasons">;
  readonly clinicName: string;
  readonly clinicPhone: string;
  readonly reviewContactDays: number;
}

/**
 * The patient's copy of their result: the reference, the outcome in the result page's words
 * and what happens next. None of the answers and none of the reasons (they tell of health).
 */
export function patientCopyEmail({ receipt, clinicName, clinicPhone, reviewContactDays }: PatientCopyInput): MailContent {
  const heading = RESULT_HEADINGS[verdictOf(receipt)];
  const next = nextStepParts(receipt, reviewContactDays, false)
    .map((part) => (typeof part === "string" ? part : clinicPhone))
    .join("");
  const paragraphs = [
    heading,
    `What happens next: ${next}`,
    `Your reference: ${receipt.reference}. Quote it when you contact us.`,
    `Clinic phone number: ${clinicPhone}`,
    `You asked for this copy of your microneedling screening result at ${clinicName}.`,
  ];
  return { subject: `Your screening result from ${clinicName}: ${receipt.reference}`, text: `${paragraphs.join("\n\n")}\n`, html: htmlOf(paragraphs) };
}

