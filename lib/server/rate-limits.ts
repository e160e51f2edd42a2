import "server-only";
import { byCodeUnits } from "@/lib/code-unit-order";
import type DataLoader from "dataloader";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig, type RateLimitSettings } from "@/lib/server/config";
import { adapterQuery } from "@/lib/server/db/adapter-query";
import { getDatabase, Prisma, providerOf, type Database } from "@/lib/server/db/client";
import { groupCommit } from "@/lib/server/db/group-commit";
import { AppError } from "@/lib/server/errors";
import { describeError, log } from "@/lib/server/log";

// Counters live in the database (the `rate_limits` table) so that every app server counts
// against the same limits.

/**
 * Increments in one upsert: a submission makes two, so 32 submissions. Three values each,
 * far below what a statement may bind.
 */
const MAX_INCREMENTS_PER_BATCH = 64;

/** One change to a counter: `points` more for `key`, in a window that ends at `expire`. */
interface Increment {
  key: string;
  points: number;
  expire: Date | null;
}

/** A counter as the store reads it back. */
interface Counter {
  points: number;
  expire: Date | null;
}

/**
 * Adds each increment to its counter in one upsert. An expired row starts a new window; any
 * other is incremented where it is stored, so requests racing each other, on one server or
 * several, are all counted. `overwrite` (the store's set and block) starts every window anew.
 * Rows go in key order, so two statements lock shared counters in the same order and cannot
 * deadlock each other on PostgreSQL.
 */
async function upsertCounters(db: Database, increments: readonly Increment[], { overwrite }: { overwrite: boolean }): Promise<Map<string, Counter>> {
  const now = new Date();
  const sorted = [...increments].sort((a, b) => byCodeUnits(a.key, b.key));
  const rows = Prisma.join(sorted.map(({ key, points, expire }) => Prisma.sql`(${key}, ${points}, ${expire})`));
  const restart = overwrite ? Prisma.sql`TRUE` : Prisma.sql`"rate_limits"."expire" <= ${now}`;
  const stored = await adapterQuery<{ key: string; points: number | string; expire: string | null }>(
    db,
    Prisma.sql`
      INSERT INTO "rate_limits" ("key", "points", "expire") VALUES ${rows}
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN ${restart} THEN excluded."points" ELSE "rate_limits"."points" + excluded."points" END,
        "expire" = CASE WHEN ${restart} THEN excluded."expire" ELSE "rate_limits"."expire" END
      RETURNING "key", "points", "expire"`,
  );
  return new Map(stored.map((row) => [row.key, { points: Number(row.points), expire: row.expire === null ? null : new Date(row.expire) }]));
}

/**
 * Gathers the increments of the requests that arrive together into one upsert
 * (`groupCommit`): the limits of one request are consumed together (`consumeOrRefuse`), and
 * the requests of one turn of the event loop with them, so that a burst of submissions, each
 * counted against a minute's and a day's allowance, costs one statement and one commit.
 * Several increments of one key (a burst from one address) are summed into its row, and each
 * caller gets the count as it stood after its own increment, as if they had run one by one.
 */
function counterBatches(db: Database): DataLoader<Increment, Counter> {
  return groupCommit<Increment, Counter>(async (increments) => {
    const byKey = new Map<string, Increment>();
    for (const { key, points, expire } of increments) {
      const earlier = byKey.get(key);
      byKey.set(key, { key, points: (earlier?.points ?? 0) + points, expire: earlier?.expire ?? expire });
    }
    const counters = await upsertCounters(db, [...byKey.values()], { overwrite: false });
    // Each caller sees its key's count less the points added after its own.
    const addedSoFar = new Map<string, number>();
    return increments.map(({ key, points }) => {
      const counter = counters.get(key)!;
      const added = (addedSoFar.get(key) ?? 0) + points;
      addedSoFar.set(key, added);
      return { points: counter.points - (byKey.get(key)!.points - added), expire: counter.expire };
    });
  }, MAX_INCREMENTS_PER_BATCH);
}

/**
 * rate-limiter-flexible's Prisma store, counting through `counterBatches`. The store's own
 * increment is two ORM calls (delete the key's row if expired, then upsert), each through
 * Prisma's query compiler: with two limits on a submission, more server CPU than the rest of
 * the request (`npm run bench:submit`).
 */
class RateLimiterStatement extends RateLimiterPrisma {
  private readonly db: Database;
  private readonly batches: DataLoader<Increment, Counter>;

  constructor(db: Database, batches: DataLoader<Increment, Counter>, options: { keyPrefix: string; points: number; duration: number }) {
    // The library's own sweep (a timer per limiter) is replaced by `sweepExpiredCounters`.
    super({ storeClient: db, tableName: "rateLimit", clearExpiredByTimeout: false, ...options });
    this.db = db;
    this.batches = batches;
  }

  /** The store's hook (RateLimiterStoreAbstract): counts `points` for `key`, returns the row as the store reads it. */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Counter> {
    const expire = msDuration > 0 ? new Date(Date.now() + msDuration) : null;
    if (!forceExpire) return this.batches.load({ key, points, expire });
    return (await upsertCounters(this.db, [{ key, points, expire }], { overwrite: true })).get(key)!;
  }
}

const HOUR_MS = 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Deletes the counters whose window ended over an hour ago (an increment would start them
 * again anyway): the table holds only the addresses seen lately. On PostgreSQL the DELETE
 * skips rows an increment has locked, so it never waits for one and cannot deadlock with a
 * batch of increments, which lock several rows; SQLite locks the whole database per write.
 */
export async function deleteExpiredCounters(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - HOUR_MS);
  return providerOf(db) === "sqlite"
    ? db.$executeRaw`DELETE FROM "rate_limits" WHERE "expire" < ${before}`
    : db.$executeRaw`DELETE FROM "rate_limits" WHERE "key" IN (SELECT "key" FROM "rate_limits" WHERE "expire" < ${before} FOR UPDATE SKIP LOCKED)`;
}

/** Runs `deleteExpiredCounters` every few minutes; the timer never keeps a process alive. */
function sweepExpiredCounters(db: Database): void {
  const sweep = () =>
    deleteExpiredCounters(db, new Date()).catch((error: unknown) => log.warn(describeError(error), "could not delete expired rate-limit counters"));
  setInterval(() => void sweep(), SWEEP_INTERVAL_MS).unref();
}

export type RateLimits = ReturnType<typeof createRateLimits>;

export function createRateLimits(db: Database, settings: RateLimitSettings) {
  const batches = counterBatches(db);
  sweepExpiredCounters(db);
  const limiter = (keyPrefix: string, points: number, durationSeconds: number) =>
    new RateLimiterStatement(db, batches, { keyPrefix, points, duration: durationSeconds });
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
