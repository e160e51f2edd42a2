import "server-only";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

let strength: Promise<ZxcvbnFactory> | undefined;

// The dictionaries are about 2 MB of JavaScript, needed only when an account is created:
// loaded then, once per process, so that starting a server and every other page skip them.
function loadStrength(): Promise<ZxcvbnFactory> {
  strength ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(
    ([{ ZxcvbnFactory }, common, english]) =>
      new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      }),
    (error: unknown) => {
      // Tried again by the next account, rather than refusing every one until a restart.
      strength = undefined;
      throw error;
    },
  );
  return strength;
}

/**
 * Why a new staff password is refused, or undefined when it is acceptable: not guessable
 * from common passwords, words, keyboard patterns or the person's own email. Its length
 * (ASVS 5.0 asks for at least 8; we ask 12) is checked first, by `newStaffSchema`.
 */
export async function weakPasswordReason(password: string, email: string): Promise<string | undefined> {
  const result = (await loadStrength()).check(password, [email, ...email.split(/[@.]/)]);
  if (result.score < 3) {
    return result.feedback.warning ?? "This password is too easy to guess. Try a longer passphrase of unrelated words.";
  }
  return undefined;
}
