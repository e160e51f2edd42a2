import "server-only";
import { hash, verify } from "@node-rs/argon2";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane); better-auth's
// default scrypt settings are weaker than ASVS 5.0 asks.
const ARGON2 = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword({ hash: digest, password }: { hash: string; password: string }): Promise<boolean> {
  return verify(digest, password).catch(() => false);
}

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/**
 * Why a new staff password is refused, or undefined when it is acceptable: not guessable
 * from common passwords, words, keyboard patterns or the person's own email. Its length
 * (ASVS 5.0 asks for at least 8; we ask 12) is checked first, by `newStaffSchema`.
 */
export function weakPasswordReason(password: string, email: string): string | undefined {
  const result = strength.check(password, [email, ...email.split(/[@.]/)]);
  if (result.score < 3) {
    return result.feedback.warning ?? "This password is too easy to guess. Try a longer passphrase of unrelated words.";
  }
  return undefined;
}
