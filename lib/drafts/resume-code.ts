// Resume codes of saved drafts, as a patient reads, writes down and types them back. No zod
// here: the intake's browser code may use these.

/** Crockford's base 32: digits and capitals without I, L, O and U, so nothing is misread. */
export const RESUME_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 16 characters of 5 bits each: 80 bits. */
export const RESUME_CODE_LENGTH = 16;

const CANONICAL = new RegExp(`^[${RESUME_CODE_ALPHABET}]{${RESUME_CODE_LENGTH}}$`);

/** `7K3P9QXA...` as it is shown: four groups of four, `7K3P-9QXA-M2D5-HT8C`. */
export function formatResumeCode(canonical: string): string {
  return canonical.match(/.{1,4}/g)?.join("-") ?? canonical;
}

/**
 * A code as typed (any case, with or without hyphens or spaces, O for 0 and I or L for 1, as
 * Crockford decodes them) in its canonical form, 16 characters of the alphabet; undefined
 * when it cannot be a resume code.
 */
export function normaliseResumeCode(typed: string): string | undefined {
  const canonical = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return CANONICAL.test(canonical) ? canonical : undefined;
}
