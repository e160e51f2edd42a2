import "server-only";
import { createHmac } from "node:crypto";
import { customAlphabet } from "nanoid";
import { RESUME_CODE_ALPHABET, RESUME_CODE_LENGTH } from "@/lib/drafts/resume-code";

// nanoid draws from the operating system's CSPRNG (crypto.getRandomValues), without the bias
// of a modulo: 16 characters of 32 give 80 bits, far past guessing at any rate limit.
const draw = customAlphabet(RESUME_CODE_ALPHABET, RESUME_CODE_LENGTH);

/** A new resume code, in canonical form (16 characters, no hyphens). */
export function newResumeCode(): string {
  return draw();
}

/**
 * What the database keeps of a canonical code: its HMAC-SHA256 under the resume-code key,
 * hex. A copy of the table gives neither the codes nor a way to test guesses offline.
 */
export function hashResumeCode(key: Buffer, canonical: string): string {
  return createHmac("sha256", key).update(canonical, "utf8").digest("hex");
}
