import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { DraftContent } from "@/lib/drafts/schemas";

// A draft's `{ patient, answers }` at rest: AES-256-GCM with a random 96-bit IV on every
// write and the draft's id as associated data, so a sealed value moved to another row does
// not open. The tag (16 bytes) follows the ciphertext in one column.

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedDraft {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

/** Encrypts `content` for the draft `id`. */
export function sealDraft(key: Buffer, id: string, content: DraftContent): SealedDraft {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(id, "utf8"));
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(content), "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { iv: new Uint8Array(iv), ciphertext: new Uint8Array(encrypted) };
}

/**
 * The content sealed for the draft `id`; undefined when it does not open: sealed under
 * another key (the secret changed), for another row, or altered.
 */
export function openDraft(key: Buffer, id: string, sealed: { readonly iv: Uint8Array; readonly ciphertext: Uint8Array }): DraftContent | undefined {
  if (sealed.iv.byteLength !== IV_BYTES || sealed.ciphertext.byteLength < TAG_BYTES) return undefined;
  const ciphertext = Buffer.from(sealed.ciphertext);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(id, "utf8"));
    decipher.setAuthTag(ciphertext.subarray(ciphertext.byteLength - TAG_BYTES));
    const plaintext = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.byteLength - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plaintext.toString("utf8")) as DraftContent;
  } catch {
    return undefined;
  }
}
