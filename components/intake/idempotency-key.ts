/**
 * A key for one patient's submission, reused on every retry so the server stores it once.
 * `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost); a clinic's
 * tablet on plain HTTP still gets a random key.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
