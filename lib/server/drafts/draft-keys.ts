import "server-only";
import { hkdfSync } from "node:crypto";
import { getConfig, type Config } from "@/lib/server/config";

/** The keys of saved drafts: one seals their content, the other hashes their resume codes. */
export interface DraftKeys {
  /** AES-256-GCM. */
  readonly encryption: Buffer;
  /** HMAC-SHA256 of resume codes. */
  readonly resumeCode: Buffer;
}

// HKDF's info strings keep each derived key to its one use: neither can be computed from the
// other, nor from the session cookies signed with the same secret.
const ENCRYPTION_INFO = "microneedling-screening drafts: AES-256-GCM content key v1";
const RESUME_CODE_INFO = "microneedling-screening drafts: HMAC-SHA256 resume code key v1";

function derived(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "", info, 32));
}

/**
 * The encryption key is `DRAFT_ENCRYPTION_KEY` when it is set; otherwise it is derived with
 * HKDF-SHA256 from the auth secret (`BETTER_AUTH_SECRET`, required in production), so that
 * every app server that shares the secret reads the same drafts. The resume-code key is
 * always derived from the auth secret, with its own info string. Changing either secret makes
 * the drafts saved before unreadable: they then answer 404, as an unknown code does, and
 * expire.
 */
export function draftKeys(config: Pick<Config, "authSecret" | "draftEncryptionKey">): DraftKeys {
  return {
    encryption: config.draftEncryptionKey ?? derived(config.authSecret, ENCRYPTION_INFO),
    resumeCode: derived(config.authSecret, RESUME_CODE_INFO),
  };
}

let shared: DraftKeys | undefined;

/** The process's draft keys, from its configuration. */
export function getDraftKeys(): DraftKeys {
  shared ??= draftKeys(getConfig());
  return shared;
}
