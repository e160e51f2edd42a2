import "server-only";
import { customAlphabet } from "nanoid";

// Crockford's base 32 without I, L, O and U: nothing to mishear or misread over the phone.
const code = customAlphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 6);

/**
 * A short code the front desk can read over the phone, such as `MN-7K3P-9Q`. It is not a
 * secret and grants no access; 32^6 (about 10^9) codes make a collision rare, and the
 * unique index turns one into a retry.
 */
export function newReference(): string {
  const value = code();
  return `MN-${value.slice(0, 4)}-${value.slice(4)}`;
}
