import "server-only";
import type { Credentials } from "@/lib/staff/schemas";
import { knownCode, STAFF_ROLES } from "@/lib/vocabulary";
import { auditEventQuery, type AuditActor } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { clientAddress } from "@/lib/server/http/client-address";
import type { Auth } from "./better-auth";

export const LOCKOUT_ATTEMPTS = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; setCookie: string[] }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/**
 * Signs a staff member in with email and password. A wrong email, a wrong password and a
 * disabled account all get the same answer. After LOCKOUT_ATTEMPTS failures for one
 * account within LOCKOUT_WINDOW_MS (counted from the audit log, so every app server sees
 * them), further attempts are refused until the oldest failure leaves the window.
 * Every attempt is audited.
 */
export async function signInStaff(
  auth: Auth,
  db: Database,
  input: Credentials & { headers: Headers; now?: Date },
): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, disabled: true } });
  const actor: AuditActor = { id: user?.id ?? null, role: knownCode(STAFF_ROLES, user?.role) ?? null, ipAddress: clientAddress(input.headers) };
  const audit = (outcome: "success" | "failure" | "denied") =>
    auditEventQuery(db, actor, { action: "auth.sign_in", outcome, recordType: "staff_user", recordId: user?.id, at: now });

  if (user) {
    const retryAfterSeconds = await lockedFor(db, user.id, now);
    if (retryAfterSeconds > 0) {
      await audit("denied");
      return { ok: false, reason: "locked", retryAfterSeconds };
    }
  }

  const response = user?.disabled
    ? undefined
    : await auth.api
        .signInEmail({ body: { email, password: input.password, rememberMe: false }, headers: input.headers, asResponse: true })
        .catch(() => undefined);

  if (!response?.ok) {
    await audit("failure");
    return { ok: false, reason: "invalid_credentials" };
  }
  await audit("success");
  return { ok: true, setCookie: response.headers.getSetCookie() };
}

/** Seconds until the account may try again: 0 unless it failed too often in the window. */
async function lockedFor(db: Database, userId: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const lastSuccess = await db.auditEvent.findFirst({
    where: { action: "auth.sign_in", recordId: userId, outcome: "success", at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failures = await db.auditEvent.findMany({
    where: { action: "auth.sign_in", recordId: userId, outcome: "failure", at: { gt: lastSuccess?.at ?? windowStart } },
    orderBy: { at: "desc" },
    take: LOCKOUT_ATTEMPTS,
    select: { at: true },
  });
  if (failures.length < LOCKOUT_ATTEMPTS) return 0;
  const oldest = failures[failures.length - 1]!.at.getTime();
  return Math.max(1, Math.ceil((oldest + LOCKOUT_WINDOW_MS - now.getTime()) / 1000));
}
