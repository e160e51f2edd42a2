import "server-only";
import type { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Actor, SignInLock } from "@/lib/staff/types";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { RateLimits } from "@/lib/server/rate-limits";

type SignInLimits = Pick<RateLimits, "signInAccount" | "signInAddress">;

const kinds = (limits: SignInLimits) =>
  [
    { kind: "account", limiter: limits.signInAccount },
    { kind: "address", limiter: limits.signInAddress },
  ] as const satisfies readonly { kind: SignInLock["kind"]; limiter: RateLimiterPrisma }[];

/** Sign-in locks in force now: the counters that have reached their limit and not yet expired. */
export async function listSignInLocks(db: Database, limits: SignInLimits, now = new Date()): Promise<SignInLock[]> {
  const locks = await Promise.all(
    kinds(limits).map(async ({ kind, limiter }) => {
      const rows = await db.rateLimit.findMany({
        where: { key: { startsWith: `${limiter.keyPrefix}:` }, points: { gte: limiter.points }, expire: { gt: now } },
        orderBy: { expire: "desc" },
        take: 100,
      });
      return rows.map((row) => ({ id: row.key, kind, who: limiter.parseKey(row.key), until: row.expire!.toISOString() }));
    }),
  );
  return locks.flat();
}

/** An admin ends a sign-in lock at once (a colleague locked out by mistyping, say). Audited. */
export async function clearSignInLock(db: Database, actor: Actor, limits: SignInLimits, input: { lockId: string }): Promise<void> {
  const owner = kinds(limits).find(({ limiter }) => input.lockId.startsWith(`${limiter.keyPrefix}:`));
  if (!owner) throw new AppError("not_found");
  // Only a lock that exists is cleared and audited: a stale button writes nothing.
  if ((await db.rateLimit.count({ where: { key: input.lockId } })) === 0) throw new AppError("not_found");
  await db.$transaction([
    db.rateLimit.deleteMany({ where: { key: input.lockId } }),
    auditEventQuery(db, actor, { action: "auth.lock_clear", outcome: "success" }),
  ]);
}
