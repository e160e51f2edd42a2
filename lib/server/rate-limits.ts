import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig, type RateLimitSettings } from "@/lib/server/config";
import { getDatabase, type Database } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";

// Counters live in the database (the `rate_limits` table) so that every app server counts
// against the same limits; rate-limiter-flexible increments them in one upsert, so requests
// racing each other are all counted.

export type RateLimits = ReturnType<typeof createRateLimits>;

export function createRateLimits(db: Database, settings: RateLimitSettings) {
  const limiter = (keyPrefix: string, points: number, durationSeconds: number) =>
    new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: durationSeconds });
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
