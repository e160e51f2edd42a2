import "server-only";
import { normaliseResumeCode } from "@/lib/drafts/resume-code";
import type { DraftKeys } from "./draft-keys";
import { hashResumeCode } from "./resume-codes";

/** The header with which the intake says which saved draft it finishes. */
export const RESUME_CODE_HEADER = "Resume-Code";

/**
 * The keyed hash of the request's `Resume-Code` header, when it holds something that can be
 * a resume code; undefined otherwise. A malformed code is ignored like an unknown one: the
 * submission matters, the draft expires by itself.
 */
export function draftCodeHashFrom(headers: Headers, keys: DraftKeys): string | undefined {
  const typed = headers.get(RESUME_CODE_HEADER);
  const code = typed === null || typed.length > 64 ? undefined : normaliseResumeCode(typed);
  return code === undefined ? undefined : hashResumeCode(keys.resumeCode, code);
}
