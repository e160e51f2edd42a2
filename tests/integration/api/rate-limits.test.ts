import { afterAll, describe, expect, it } from "vitest";
import { POST as assessRoute } from "@/app/api/assessments/route";
import { POST as submitRoute } from "@/app/api/submissions/route";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import type { AppError } from "@/lib/server/errors";
import { consumeOrRefuse, createRateLimits, fromAddress } from "@/lib/server/rate-limits";
import { intakeWith } from "@/tests/fixtures/intake";
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
