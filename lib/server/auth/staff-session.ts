import "server-only";
import type { Config } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { knownCode, STAFF_ROLES, type StaffRole } from "@/lib/vocabulary";
import type { Auth } from "./better-auth";

export interface StaffSession {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  role: StaffRole;
}

const MINUTE = 60_000;

/**
 * The signed-in staff member behind a request's session cookie, or null. Enforces what
 * better-auth does not: the idle and absolute limits on `now` (an argument, so tests can
 * move the clock), and that a disabled user has no session at all. A live session's idle
 * deadline moves forward on each call.
 */
export async function getStaffSession(
  auth: Auth,
  db: Database,
  config: Pick<Config, "sessionIdleMinutes" | "sessionMaxHours">,
  headers: Headers,
  now: Date,
): Promise<StaffSession | null> {
  const found = await auth.api.getSession({ headers, query: { disableCookieCache: true, disableRefresh: true } });
  if (!found) return null;
  const { session, user } = found;

  const idleDeadline = session.expiresAt.getTime();
  const absoluteDeadline = session.createdAt.getTime() + config.sessionMaxHours * 60 * MINUTE;
  const role = knownCode(STAFF_ROLES, user.role);
  if (now.getTime() >= idleDeadline || now.getTime() >= absoluteDeadline || user.disabled || !role) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }

  await db.session.update({
    where: { id: session.id },
    data: { expiresAt: new Date(Math.min(now.getTime() + config.sessionIdleMinutes * MINUTE, absoluteDeadline)) },
  });
  return { sessionId: session.id, userId: user.id, name: user.name, email: user.email, role };
}
