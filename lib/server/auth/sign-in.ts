import "server-only";
import type { Credentials } from "@/lib/staff/credentials";
import { knownCode, STAFF_ROLES } from "@/lib/vocabulary";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/http/client-address";
import { addressKey, consumeOrRefuse, type RateLimits } from "@/lib/server/rate-limits";
import { hashPassword } from "./passwords";
import type { Auth } from "./better-auth";

/** The key of one account's attempts from one client address (listed to admins as a lock). */
export function accountAttemptsKey(email: string, address: string | null): string {
  return `${email} from ${addressKey(address)}`;
}

/**
 * Signs a staff member in with email and password, giving the session's Set-Cookie values.
 * A wrong email, a wrong password and a disabled account are all `unauthenticated`, after
 * the same work (one password hash).
 *
 * Every attempt is counted, in one atomic increment per limit, before any password is
 * checked, so a burst gets no more checks than the limit however it is timed: past
 * SIGN_IN_MAX_FAILURES for one account from one client address, or
 * SIGN_IN_MAX_FAILURES_PER_ADDRESS from one address across accounts, attempts are refused
 * (`rate_limited`) until the lock ends, the right password included. A lock is per address, so nobody can
 * lock a colleague out from elsewhere. A success gives its attempt back. Every attempt is
 * audited.
 */
export async function signInStaff(
  auth: Auth,
  db: Database,
  limits: Pick<RateLimits, "signInAccount" | "signInAddress">,
  input: Credentials & { headers: Headers; now?: Date },
): Promise<{ setCookie: string[] }> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const address = clientAddress(input.headers);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, disabled: true } });
  const actor: AuditActor = { id: user?.id ?? null, role: knownCode(STAFF_ROLES, user?.role) ?? null, ipAddress: address };
  const audit = (outcome: "success" | "failure" | "denied") =>
    auditEventQuery(db, actor, { action: "auth.sign_in", outcome, recordType: "staff_user", recordId: user?.id, at: now });

  const accountKey = accountAttemptsKey(email, address);
  try {
    await consumeOrRefuse([
      [limits.signInAccount, accountKey],
      [limits.signInAddress, addressKey(address)],
    ]);
  } catch (error) {
    if (error instanceof AppError) await audit("denied");
    throw error;
  }

  // better-auth hashes the password for an unknown email too; a disabled account does the
  // same work, so that timing cannot tell the three apart.
  const response = user?.disabled
    ? await hashPassword(input.password).then(() => undefined)
    : await auth.api
        .signInEmail({ body: { email, password: input.password, rememberMe: false }, headers: input.headers, asResponse: true })
        .catch(() => undefined);

  if (!response?.ok) {
    await audit("failure");
    throw new AppError("unauthenticated");
  }
  await Promise.all([limits.signInAccount.delete(accountKey), limits.signInAddress.reward(addressKey(address), 1)]);
  await audit("success");
  return { setCookie: response.headers.getSetCookie() };
}
