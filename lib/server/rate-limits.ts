import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig, type RateLimitSettings } from "@/lib/server/config";
import { getDatabase, Prisma, type Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

// Counters live in the database (the `rate_limits` table) so that every app server counts
// against the same limits.

/**
 * rate-limiter-flexible's Prisma store, counting in one statement. The store's own increment
 * is two ORM calls (delete the key's row if expired, then upsert), each through Prisma's
 * query compiler: with two limits on a submission, more server CPU than the rest of the
 * request (`npm run bench:submit`). Here one upsert does both, on both databases: an expired
 * row starts a new window, any other is incremented where it is stored, so requests racing
 * each other, on one server or several, are all counted.
 */
class RateLimiterStatement extends RateLimiterPrisma {
  private readonly db: Database;

  constructor(db: Database, options: { keyPrefix: string; points: number; duration: number }) {
    super({ storeClient: db, tableName: "rateLimit", ...options });
    this.db = db;
  }

  /** The store's hook (RateLimiterStoreAbstract): counts `points` for `key`, returns the row as the store reads it. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<{ points: number; expire: Date | null }> {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    // `forceExpire` (set, block) overwrites; a consume adds, or starts again past the expiry.
    const restart = forceExpire ? Prisma.sql`TRUE` : Prisma.sql`"rate_limits"."expire" <= ${now}`;
    const [row] = await this.db.$queryRaw<{ points: number | bigint; expire: Date | string | null }[]>`
      INSERT INTO "rate_limits" ("key", "points", "expire") VALUES (${key}, ${points}, ${expire})
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN ${restart} THEN excluded."points" ELSE "rate_limits"."points" + excluded."points" END,
        "expire" = CASE WHEN ${restart} THEN excluded."expire" ELSE "rate_limits"."expire" END
      RETURNING "points", "expire"`;
    return { points: Number(row!.points), expire: row!.expire === null ? null : new Date(row!.expire) };
  }
}

export type RateLimits = ReturnType<typeof createRateLimits>;

export function createRateLimits(db: Database, settings: RateLimitSettings) {
  const limiter = (keyPrefix: string, points: number, durationSeconds: number) =>
    new RateLimiterStatement(db, { keyPrefix, points, duration: durationSeconds });
  return {
    /** Public submissions from one client address: a burst, and a day. */
    submissions: [limiter("submissions-minute", settings.submissionsPerMinute, 60), limiter("submissions-day", settings.submissionsPerDay, 24 * 60 * 60)],
    /** Public screenings that store nothing, from one client address. */
    assessments: [limiter("assessments-minute", settings.assessmentsPerMinute, 60)],
    /** Saving and resuming drafts from one client address: one allowance for both, so resume codes cannot be sprayed. */
    drafts: [limiter("drafts-minute", settings.draftsPerMinute, 60)],
    /** Sign-in attempts for one account from one client address: a lock that only that address meets. */
    signInAccount: limiter("sign-in-account", settings.signInMaxFailures, settings.signInLockSeconds),
    /** Sign-in attempts from one client address across every account. */
    signInAddress: limiter("sign-in-address", settings.signInMaxFailuresPerAddress, settings.signInLockSeconds),
  };
}

let shared: RateLimits | undefined;

/** The process's rate limits, on its database and configuration. */
export function getRateLimits(): RateLimits {
  shared ??= createRateLimits(getDatabase(), getConfig().rateLimits);
  return shared;
}

/** The key for a client address; requests whose address is unknown share one allowance. */
export function addressKey(address: string | null): string {
  return address ?? "unknown";
}

/** One request counted against one limiter's allowance for one key. */
export type Turn = readonly [limiter: RateLimiterPrisma, key: string];

/**
 * Counts one request against each allowance, or throws the contract's `rate_limited` with
 * the seconds until the longest-spent one frees up.
 */
export async function consumeOrRefuse(turns: readonly Turn[]): Promise<void> {
  const refusals = (await Promise.allSettled(turns.map(([limiter, key]) => limiter.consume(key)))).flatMap((result) => {
    if (result.status === "fulfilled") return [];
    if (result.reason instanceof RateLimiterRes) return [result.reason];
    throw result.reason;
  });
  if (refusals.length > 0) throw new AppError("rate_limited", { retryAfterSeconds: retryAfterSeconds(refusals) });
}

/** Each of `limiters` counting one request from a client address. */
export function fromAddress(limiters: readonly RateLimiterPrisma[], address: string | null): Turn[] {
  return limiters.map((limiter) => [limiter, addressKey(address)] as const);
}

/** Whole seconds until every refusal has passed, at least 1. */
function retryAfterSeconds(refusals: readonly RateLimiterRes[]): number {
  return Math.max(1, ...refusals.map((refusal) => Math.ceil(refusal.msBeforeNext / 1000)));
}
