import { afterAll, describe, expect, it } from "vitest";
import { POST as assessRoute } from "@/app/api/assessments/route";
import { POST as submitRoute } from "@/app/api/submissions/route";
import { getConfig } from "@/lib/server/config";
import { createDatabaseClient, getDatabase } from "@/lib/server/db/client";
import type { AppError } from "@/lib/server/errors";
import { consumeOrRefuse, createRateLimits, deleteExpiredCounters, fromAddress } from "@/lib/server/rate-limits";
import { intakeWith } from "@/tests/fixtures/intake";
import { queryPlans } from "@/tests/integration/query-plans";
import { newClientAddress, postJson } from "@/tests/integration/requests";

const db = getDatabase();
const { rateLimits } = getConfig();
afterAll(() => db.$disconnect());

describe("POST /api/submissions from one client address", () => {
  it(`stores ${rateLimits.submissionsPerMinute} a minute and refuses the rest of a burst of 300 with 429 and Retry-After, writing nothing; other clients are unaffected`, async () => {
    const flooder = newClientAddress();
    const before = await db.submission.count();
    const responses = await Promise.all(
      Array.from({ length: 300 }, () => submitRoute(postJson("/api/submissions", intakeWith(), { "X-Forwarded-For": flooder }))),
    );
    const refused = responses.filter((response) => response.status === 429);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(rateLimits.submissionsPerMinute);
    expect(refused).toHaveLength(300 - rateLimits.submissionsPerMinute);
    expect(await refused[0]!.json()).toEqual({ error: "rate_limited" });
    for (const response of refused) expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db.submission.count()).toBe(before + rateLimits.submissionsPerMinute);

    const neighbour = await submitRoute(postJson("/api/submissions", intakeWith()));
    expect(neighbour.status).toBe(201);
  });
});

describe("POST /api/assessments from one client address", () => {
  it(`screens ${rateLimits.assessmentsPerMinute} a minute and refuses the rest`, async () => {
    const address = newClientAddress();
    const { patient, answers } = intakeWith();
    const body = { patient, answers };
    const statuses = await Promise.all(
      Array.from({ length: rateLimits.assessmentsPerMinute + 10 }, () =>
        assessRoute(postJson("/api/assessments", body, { "X-Forwarded-For": address })).then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });
});

describe("the day's allowance", () => {
  it("refuses a client past the day's limit even when each minute is within its own", async () => {
    const limits = createRateLimits(db, { ...rateLimits, submissionsPerMinute: 100, submissionsPerDay: 3 });
    const address = newClientAddress();
    for (let i = 0; i < 3; i++) await consumeOrRefuse(fromAddress(limits.submissions, address));
    const refusal = await consumeOrRefuse(fromAddress(limits.submissions, address)).then(() => undefined, (error: AppError) => error);
    expect(refusal?.code).toBe("rate_limited");
    expect(refusal?.details.retryAfterSeconds).toBeGreaterThan(23 * 60 * 60);
  });
});

describe("the counters in the database", () => {
  it("count every request of a burst spread over two app servers, and refuse past the allowance on either", async () => {
    const other = createDatabaseClient(process.env.DATABASE_URL!);
    try {
      const settings = { ...rateLimits, submissionsPerMinute: 5 };
      const servers = [createRateLimits(db, settings), createRateLimits(other, settings)];
      const address = newClientAddress();
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          consumeOrRefuse(fromAddress(servers[i % 2]!.submissions, address)).then(
            () => "counted",
            (error: AppError) => error.code,
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome === "counted")).toHaveLength(5);
      expect(outcomes.filter((outcome) => outcome === "rate_limited")).toHaveLength(7);
      const minute = await db.rateLimit.findUniqueOrThrow({ where: { key: `submissions-minute:${address}` } });
      expect(minute.points).toBe(12);
      expect(minute.expire!.getTime() - Date.now()).toBeGreaterThan(50_000);
    } finally {
      await other.$disconnect();
    }
  });

  it("start a new window once the last one has expired", async () => {
    const limits = createRateLimits(db, { ...rateLimits, submissionsPerMinute: 1 });
    const address = newClientAddress();
    await consumeOrRefuse(fromAddress(limits.submissions, address));
    // The minute is over: as if the row had been written a minute ago.
    await db.rateLimit.update({ where: { key: `submissions-minute:${address}` }, data: { expire: new Date(Date.now() - 1000) } });
    await consumeOrRefuse(fromAddress(limits.submissions, address));
    const minute = await db.rateLimit.findUniqueOrThrow({ where: { key: `submissions-minute:${address}` } });
    expect(minute.points).toBe(1);
    expect(minute.expire!.getTime()).toBeGreaterThan(Date.now());
  });

  it("count a request's limits in one statement, and a burst's increments of one counter in one too", async () => {
    const address = newClientAddress();
    const sent = await queryPlans((recorded) => consumeOrRefuse(fromAddress(createRateLimits(recorded, rateLimits).submissions, address)));
    expect(sent.map(({ sql }) => sql.match(/^\s*INSERT INTO "rate_limits"/) !== null)).toEqual([true]);
    // Its rows in key order, whatever order the limits were consumed in: two servers' statements
    // then lock shared counters in the same order.
    const keys = sent[0]!.args.filter((arg): arg is string => typeof arg === "string" && arg.endsWith(address));
    expect(keys).toEqual([`submissions-day:${address}`, `submissions-minute:${address}`]);

    // Ten requests from one address at once: one statement, and each sees its own count.
    const burst = newClientAddress();
    let outcomes: string[] = [];
    const burstSent = await queryPlans(async (recorded) => {
      const limits = createRateLimits(recorded, { ...rateLimits, submissionsPerMinute: 4 });
      outcomes = await Promise.all(
        Array.from({ length: 10 }, () => consumeOrRefuse(fromAddress(limits.submissions, burst)).then(() => "counted", (error: AppError) => error.code)),
      );
    });
    expect(burstSent).toHaveLength(1);
    expect(outcomes).toEqual([...Array(4).fill("counted"), ...Array(6).fill("rate_limited")]);
    const day = await db.rateLimit.findUniqueOrThrow({ where: { key: `submissions-day:${burst}` } });
    expect(day.points).toBe(10);
  });

  it("never deadlock two servers counting the same two counters in opposite orders", async () => {
    const ROUNDS = 200;
    const other = createDatabaseClient(process.env.DATABASE_URL!);
    try {
      const [here, there] = [createRateLimits(db, rateLimits), createRateLimits(other, rateLimits)];
      const [first, second] = [newClientAddress(), newClientAddress()];
      // Each round, both servers send one statement at the same moment, taking the two rows in
      // opposite orders unless the statements order them.
      const results: PromiseSettledResult<void>[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        results.push(
          ...(await Promise.allSettled([
            consumeOrRefuse([[here.signInAccount, first], [here.signInAddress, second]]),
            consumeOrRefuse([[there.signInAddress, second], [there.signInAccount, first]]),
          ])),
        );
      }
      // Past the allowance a request is refused; a deadlock would be a database error instead.
      const failures = results.flatMap((result) => (result.status === "rejected" ? [(result.reason as AppError).code] : []));
      expect(new Set(failures)).toEqual(new Set(["rate_limited"]));
      const counters = await db.rateLimit.findMany({ where: { key: { in: [`sign-in-account:${first}`, `sign-in-address:${second}`] } } });
      expect(counters.map(({ points }) => points)).toEqual([2 * ROUNDS, 2 * ROUNDS]);
    } finally {
      await other.$disconnect();
    }
  });

  it("are deleted an hour after their window ends, and only then", async () => {
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const keys = { old: `test:${newClientAddress()}`, recent: `test:${newClientAddress()}`, live: `test:${newClientAddress()}` };
    await db.rateLimit.createMany({
      data: [
        { key: keys.old, points: 3, expire: ago(61) },
        { key: keys.recent, points: 3, expire: ago(59) },
        { key: keys.live, points: 3, expire: ago(-1) },
      ],
    });
    await deleteExpiredCounters(db, now);
    const left = await db.rateLimit.findMany({ where: { key: { in: Object.values(keys) } }, select: { key: true } });
    expect(left.map(({ key }) => key).sort()).toEqual([keys.recent, keys.live].sort());
  });

  it("are swept while requests count against them, without a deadlock", async () => {
    const limits = createRateLimits(db, rateLimits);
    const address = newClientAddress();
    const keys = [`submissions-minute:${address}`, `submissions-day:${address}`];
    for (let round = 0; round < 300; round++) {
      // Both of a request's counters ended long ago: the sweep and the increment want both rows.
      const longAgo = new Date(Date.now() - 2 * 60 * 60_000);
      for (const key of keys) await db.rateLimit.upsert({ where: { key }, create: { key, points: 1, expire: longAgo }, update: { expire: longAgo } });
      const [counted, swept] = await Promise.allSettled([consumeOrRefuse(fromAddress(limits.submissions, address)), deleteExpiredCounters(db, new Date())]);
      expect(counted.status).toBe("fulfilled");
      expect(swept.status).toBe("fulfilled");
    }
  });
});
