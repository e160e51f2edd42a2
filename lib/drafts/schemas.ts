import { z } from "zod";
import { buildDraftSchema, type DraftAnswers, type DraftPatient } from "@/lib/questionnaire/draft-schema";
import { shapeOf } from "@/lib/questionnaire/field-schemas";
import { questionsIn } from "@/lib/questionnaire/lookup";
import { UNKNOWN_FIELD } from "@/lib/questionnaire/messages";
import { normaliseResumeCode } from "./resume-code";

// The bodies of `POST /api/drafts` and `POST /api/drafts/resume` (shared/spec/api.md, "Drafts").

/** Longer than any way of typing a 16-character code with spaces and hyphens. */
const MAX_TYPED_CODE = 64;

/**
 * A resume code as the patient typed it, in canonical form; null when it cannot be a code at
 * all. Such a code matches no draft, so it gets the same 404 as a wrong one.
 */
const typedResumeCode = z
  .string({ error: "Enter your resume code" })
  .max(MAX_TYPED_CODE, { error: "Enter your resume code as it was given to you, for example 7K3P-9QXA-M2D5-HT8C" })
  .transform((typed) => normaliseResumeCode(typed) ?? null);

const requestErrors = {
  error: (issue: { readonly code?: string }) => (issue.code === "unrecognized_keys" ? UNKNOWN_FIELD : "Send the request as an object"),
};

/** `{ patient, answers }`, with the `resumeCode` of the draft it replaces when there is one. */
export function buildSaveDraftRequestSchema(options: Parameters<typeof buildDraftSchema>[0] = {}) {
  const { shape } = buildDraftSchema(options);
  return z.strictObject({ resumeCode: typedResumeCode.optional(), ...shape }, requestErrors);
}

export const saveDraftRequestSchema = buildSaveDraftRequestSchema();

/** A resume code and the date of birth saved with it (YYYY-MM-DD, by the intake's own rules). */
export function buildResumeDraftRequestSchema(options: Parameters<typeof buildDraftSchema>[0] = {}) {
  return z.strictObject({ resumeCode: typedResumeCode, dateOfBirth: shapeOf(questionsIn("patient"), options).dateOfBirth }, requestErrors);
}

export const resumeDraftRequestSchema = buildResumeDraftRequestSchema();

export type SaveDraftRequest = z.output<typeof saveDraftRequestSchema>;
export type ResumeDraftRequest = z.output<typeof resumeDraftRequestSchema>;

/** What a patient saved: the answers so far, without consent. */
export interface DraftContent {
  readonly patient: DraftPatient;
  readonly answers: DraftAnswers;
}

/** `POST /api/drafts`: the code to write down (`XXXX-XXXX-XXXX-XXXX`) and until when it works. */
export interface DraftReceipt {
  readonly resumeCode: string;
  readonly expiresAt: string;
}

/** `POST /api/drafts/resume`: the saved answers, and until when the code works. */
export interface ResumedDraft extends DraftContent {
  readonly expiresAt: string;
}
