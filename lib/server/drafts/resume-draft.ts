import "server-only";
import { randomBytes } from "node:crypto";
import type { ResumeDraftRequest, ResumedDraft } from "@/lib/drafts/schemas";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { log } from "@/lib/server/log";
import type { DraftKeys } from "./draft-keys";
import { hashResumeCode } from "./resume-codes";
import { openDraft, sealDraft } from "./sealed-draft";

/** Wrong dates of birth a draft takes; the last one deletes it. */
export const MAX_FAILED_RESUMES = 5;

export interface ResumeDraftInput {
  /** A validated body (`resumeDraftRequestSchema`); a null code is one that cannot exist. */
  readonly request: ResumeDraftRequest;
  readonly keys: DraftKeys;
  readonly now: Date;
}

interface ReservedDraft {
  id: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  /** Attempts counted, this one included. */
  failedResumes: number;
  expiresAt: Date;
}

// Opened when no draft matched, so that a wrong code costs the same work as a wrong date of
// birth: it never opens (sealed under a key nobody has).
const DECOY = { id: "decoy", ...sealDraft(randomBytes(32), "decoy", { patient: { dateOfBirth: "1900-01-01" }, answers: {} }) };

/**
 * The draft saved under a resume code, for the patient who gives its date of birth. A wrong
 * code and a wrong date of birth are the same `not_found`, after the same one statement.
 *
 * Each attempt is counted before the date is compared: one atomic UPDATE takes an attempt
 * only while fewer than `MAX_FAILED_RESUMES` are taken and the draft has not expired, and
 * returns the sealed draft. So however many guesses race each other, at most five dates are
 * ever compared. A right date gives its attempt back; the wrong date that takes the last one
 * deletes the draft, which then answers `not_found` to everyone, the right date included.
 * (An attempt held by a right date still being compared counts towards the last one: a
 * guesser racing the patient can only end the draft sooner, never test more dates.)
 */
export async function resumeDraft(db: Database, input: ResumeDraftInput): Promise<ResumedDraft> {
  const { resumeCode, dateOfBirth } = input.request;
  // A code that cannot exist is looked up all the same (its hash matches nothing).
  const codeHash = hashResumeCode(input.keys.resumeCode, resumeCode ?? "");
  const [reserved] = await db.$queryRaw<ReservedDraft[]>`
    UPDATE "drafts" SET "failedResumes" = "failedResumes" + 1
    WHERE "codeHash" = ${codeHash} AND "failedResumes" < ${MAX_FAILED_RESUMES} AND "expiresAt" > ${input.now}
    RETURNING "id", "iv", "ciphertext", "failedResumes", "expiresAt"`;
  const content = openDraft(input.keys.encryption, (reserved ?? DECOY).id, reserved ?? DECOY);
  if (!reserved) throw new AppError("not_found");

  if (content?.patient.dateOfBirth === dateOfBirth) {
    await db.$executeRaw`UPDATE "drafts" SET "failedResumes" = "failedResumes" - 1 WHERE "id" = ${reserved.id} AND "failedResumes" > 0`;
    return { patient: content.patient, answers: content.answers, expiresAt: new Date(reserved.expiresAt).toISOString() };
  }
  // Sealed under a key this server no longer has: it can never open, and expires unread.
  if (!content) log.warn({ event: "draft.unreadable" }, "a saved draft did not open: has DRAFT_ENCRYPTION_KEY or BETTER_AUTH_SECRET changed?");
  if (reserved.failedResumes >= MAX_FAILED_RESUMES) await db.draft.deleteMany({ where: { id: reserved.id } });
  throw new AppError("not_found");
}
