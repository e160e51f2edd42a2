import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { POST as clearLock } from "@/app/api/staff/sign-in-locks/clear/route";
import { listSignInLocks } from "@/lib/server/auth/sign-in-locks";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { getRateLimits } from "@/lib/server/rate-limits";
import { DEMO_PASSWORD } from "@/lib/server/staff/demo-accounts";
import { postJson } from "@/tests/integration/requests";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
const MAX_FAILURES = getConfig().rateLimits.signInMaxFailures;
const FROM = "198.51.100.20";
afterAll(() => db.$disconnect());

let admin: Headers;
let clinician: Headers;
beforeAll(async () => {
  await seedStaff();
  admin = await signedInHeaders(DEMO_EMAILS.admin);
  clinician = await signedInHeaders(DEMO_EMAILS.clinician);
});

const signInFrom = (address: string, password: string) =>
  signIn(postJson("/api/auth/sign-in", { email: DEMO_EMAILS.front_desk, password }, { "X-Forwarded-For": address }));
const clearAs = (headers: Headers, lockId: unknown) =>
  clearLock(postJson("/api/staff/sign-in-locks/clear", { lockId }, Object.fromEntries(headers.entries())));

describe("sign-in locks, as an admin sees and clears them", () => {
  it("lists a lock in force with who and until, and clearing it lets the person in at once, audited", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signInFrom(FROM, `wrong-${i}`)).status).toBe(401);
    const refused = await signInFrom(FROM, DEMO_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);

    const locks = await listSignInLocks(db, getRateLimits());
    expect(locks).toEqual([{ id: expect.any(String), kind: "account", who: `${DEMO_EMAILS.front_desk} from ${FROM}`, until: expect.any(String) }]);
    expect(Date.parse(locks[0]!.until)).toBeGreaterThan(Date.now());

    const audits = await db.auditEvent.count({ where: { action: "auth.lock_clear" } });
    expect((await clearAs(clinician, locks[0]!.id)).status).toBe(403);
    expect((await clearAs(admin, locks[0]!.id)).status).toBe(200);
    expect(await db.auditEvent.count({ where: { action: "auth.lock_clear" } })).toBe(audits + 1);
    expect(await listSignInLocks(db, getRateLimits())).toEqual([]);
    expect((await signInFrom(FROM, DEMO_PASSWORD)).status).toBe(200);
  });

  it("answers 404 for a lock that is not there, and 400 for no lock named, writing nothing", async () => {
    const audits = await db.auditEvent.count();
    expect((await clearAs(admin, "sign-in-account:nobody from 192.0.2.1")).status).toBe(404);
    expect((await clearAs(admin, "submissions-minute:192.0.2.1")).status).toBe(404);
    expect((await clearAs(admin, "")).status).toBe(400);
    expect(await db.auditEvent.count()).toBe(audits);
  });
});
