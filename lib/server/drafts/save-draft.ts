import "server-only";
import { formatResumeCode } from "@/lib/drafts/resume-code";
import type { DraftReceipt, SaveDraftRequest } from "@/lib/drafts/schemas";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { deleteExpiredDrafts } from "./delete-expired-drafts";
import type { DraftKeys } from "./draft-keys";
import { MAX_FAILED_RESUMES } from "./resume-draft";
import { hashResumeCode, newResumeCode } from "./resume-codes";
import { sealDraft } from "./sealed-draft";

export interface SaveDraftInput {
  /** A validated body (`saveDraftRequestSchema`): with a resume code, it replaces that draft. */
  readonly request: SaveDraftRequest;
  readonly keys: DraftKeys;
  /** Days until the draft expires, from this save. */
  readonly ttlDays: number;
  readonly now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a patient's answers so far, sealed, under a new resume code (`created`), or replaces
 * those of the draft whose code the request gives and moves its expiry forward. A code that
 * matches no live draft (unknown, expired, locked, or not a code at all) is `not_found`, and
 * nothing is written. A save also deletes every expired draft.
 */
export async function saveDraft(db: Database, input: SaveDraftInput): Promise<{ receipt: DraftReceipt; created: boolean }> {
  const { resumeCode, patient, answers } = input.request;
  const expiresAt = new Date(input.now.getTime() + input.ttlDays * DAY_MS);
  const content = { patient, answers };
  let code: string;
  if (resumeCode === undefined) {
    code = newResumeCode();
    const id = crypto.randomUUID();
    // 80 random bits: two codes alike are too unlikely to retry for (the unique index would refuse the second).
    await db.draft.create({
      data: { id, codeHash: hashResumeCode(input.keys.resumeCode, code), ...sealDraft(input.keys.encryption, id, content), createdAt: input.now, updatedAt: input.now, expiresAt },
    });
  } else {
    if (resumeCode === null) throw new AppError("not_found");
    code = resumeCode;
    const live = { codeHash: hashResumeCode(input.keys.resumeCode, code), failedResumes: { lt: MAX_FAILED_RESUMES }, expiresAt: { gt: input.now } };
    const draft = await db.draft.findFirst({ where: live, select: { id: true } });
    if (!draft) throw new AppError("not_found");
    // Still live when written: expiring, locked or deleted since it was read is not_found too.
    const { count } = await db.draft.updateMany({
      where: { id: draft.id, ...live },
      data: { ...sealDraft(input.keys.encryption, draft.id, content), updatedAt: input.now, expiresAt },
    });
    if (count === 0) throw new AppError("not_found");
  }
  await deleteExpiredDrafts(db, input.now);
  return { receipt: { resumeCode: formatResumeCode(code), expiresAt: expiresAt.toISOString() }, created: resumeCode === undefined };
}
