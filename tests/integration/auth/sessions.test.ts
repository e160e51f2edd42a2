import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/server/auth/better-auth";
import { accountAttemptsKey, signInStaff } from "@/lib/server/auth/sign-in";
import { signOutStaff } from "@/lib/server/auth/sign-out";
import { getStaffSession } from "@/lib/server/auth/staff-session";
import { getConfig } from "@/lib/server/config";
import type { AppError } from "@/lib/server/errors";
import { SYSTEM_ACTOR } from "@/lib/server/audit/audit-event";
import { getDatabase } from "@/lib/server/db/client";
import { createRateLimits, getRateLimits } from "@/lib/server/rate-limits";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";
import { DEMO_PASSWORD } from "@/lib/server/staff/demo-accounts";
import { updateStaffUser } from "@/lib/server/staff/update-staff-user";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
const auth = getAuth();
const config = getConfig();
const MINUTE = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const sessionAt = (headers: Headers, now: Date) => getStaffSession(auth, db, config, headers, now);
const signIn = (email: string, password: string) =>
  signInStaff(auth, db, getRateLimits(), { email, password, headers: new Headers({ "x-forwarded-for": "203.0.113.7" }) });
/** How an attempt ended: signed in, or the code of the AppError it threw. */
const outcome = (attempt: Promise<unknown>): Promise<string> => attempt.then(() => "signed_in", (error: AppError) => error.code);
const attempt = (email: string, password: string) => outcome(signIn(email, password));
/** Limits as configured but for a short lock, each test from its own client addresses. */
const shortLock = (settings: Partial<typeof config.rateLimits> = {}) => createRateLimits(db, { ...config.rateLimits, signInLockSeconds: 2, ...settings });
const signInFrom = (limits: ReturnType<typeof shortLock>, address: string, email: string, password: string) =>
  signInStaff(auth, db, limits, { email, password, headers: new Headers({ "x-forwarded-for": address }) });
const attemptFrom = (...args: Parameters<typeof signInFrom>) => outcome(signInFrom(...args));
const MAX_FAILURES = config.rateLimits.signInMaxFailures;

beforeAll(seedStaff);
afterAll(() => db.$disconnect());

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and audits the success", async () => {
    const result = await signIn(DEMO_EMAILS.clinician, DEMO_PASSWORD);
    const cookie = result.setCookie.find((value) => value.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
    const audit = await db.auditEvent.findFirst({ where: { action: "auth.sign_in", recordId: user.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ outcome: "success", actorId: user.id, actorRole: "clinician", ipAddress: "203.0.113.7" });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const wrongPassword = await attempt(DEMO_EMAILS.admin, "not-the-password");
    const unknownEmail = await attempt("nobody@demo.clinic", DEMO_PASSWORD);
    expect(wrongPassword).toBe("unauthenticated");
    expect(unknownEmail).toBe("unauthenticated");
  });

  it("stores the password as an argon2id hash", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin }, include: { accounts: true } });
    expect(user.accounts[0]?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

});

describe("the sign-in lock", () => {
  beforeAll(() => createStaffUser(db, SYSTEM_ACTOR, { email: "locked@demo.clinic", name: "Lock Test", role: "clinician", password: DEMO_PASSWORD }));
  const failures = (userEmail: string) =>
    db.user.findUniqueOrThrow({ where: { email: userEmail } }).then((user) => db.auditEvent.count({ where: { action: "auth.sign_in", recordId: user.id, outcome: "failure" } }));

  it(`refuses an account from one address after ${MAX_FAILURES} failures, the right password too, until the lock ends; other addresses are not locked out`, async () => {
    const limits = shortLock();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await attemptFrom(limits, "198.51.100.1", "locked@demo.clinic", `wrong-${i}`)).toBe("unauthenticated");
    }
    const locked = await signInFrom(limits, "198.51.100.1", "locked@demo.clinic", DEMO_PASSWORD).catch((error: AppError) => error);
    expect(locked).toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: expect.any(Number) } });
    expect((locked as AppError).details.retryAfterSeconds).toBeLessThanOrEqual(2);
    expect(await attemptFrom(limits, "198.51.100.2", "locked@demo.clinic", DEMO_PASSWORD)).toBe("signed_in");
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect(await attemptFrom(limits, "198.51.100.1", "locked@demo.clinic", DEMO_PASSWORD)).toBe("signed_in");
  });

  it(`checks at most ${MAX_FAILURES} passwords of 30 sent at once, and refuses the right one sent in the burst`, async () => {
    const limits = shortLock();
    const before = await failures("locked@demo.clinic");
    const wrong = Array.from({ length: 29 }, (_, i) => attemptFrom(limits, "198.51.100.3", "locked@demo.clinic", `wrong-${i}`));
    // Sent once the others are counted, while their passwords are still being checked.
    const key = accountAttemptsKey("locked@demo.clinic", "198.51.100.3");
    await vi.waitFor(async () => expect((await limits.signInAccount.get(key))?.consumedPoints).toBe(29), { timeout: 10_000, interval: 5 });
    const right = attemptFrom(limits, "198.51.100.3", "locked@demo.clinic", DEMO_PASSWORD);
    const results = await Promise.all([...wrong, right]);
    expect(results.filter((result) => result === "unauthenticated")).toHaveLength(MAX_FAILURES);
    expect(await failures("locked@demo.clinic")).toBe(before + MAX_FAILURES);
    expect(await right).toBe("rate_limited");
  });

  it("limits one address across accounts, unknown emails included, and not other addresses", async () => {
    const limits = shortLock({ signInMaxFailuresPerAddress: 3 });
    for (const email of ["nobody@demo.clinic", DEMO_EMAILS.admin, "someone@demo.clinic"]) {
      expect(await attemptFrom(limits, "198.51.100.4", email, "wrong")).toBe("unauthenticated");
    }
    expect(await attemptFrom(limits, "198.51.100.4", DEMO_EMAILS.clinician, DEMO_PASSWORD)).toBe("rate_limited");
    expect(await attemptFrom(limits, "198.51.100.5", DEMO_EMAILS.clinician, DEMO_PASSWORD)).toBe("signed_in");
  });

  it("gives a successful attempt back, so staff who sign in often are never locked", async () => {
    const limits = shortLock({ signInMaxFailuresPerAddress: 2 });
    for (let i = 0; i < 5; i++) expect(await attemptFrom(limits, "198.51.100.6", DEMO_EMAILS.clinician, DEMO_PASSWORD)).toBe("signed_in");
    expect(await limits.signInAccount.get(accountAttemptsKey(DEMO_EMAILS.clinician, "198.51.100.6"))).toBeNull();
  });
});

describe("a session", () => {
  it("belongs to the signed-in staff member and their role", async () => {
    const headers = await signedInHeaders(DEMO_EMAILS.front_desk);
    expect(await sessionAt(headers, new Date())).toMatchObject({ email: DEMO_EMAILS.front_desk, role: "front_desk" });
  });

  it(`ends after ${30} idle minutes, and activity keeps it alive`, async () => {
    const start = new Date();
    const headers = await signedInHeaders(DEMO_EMAILS.clinician, DEMO_PASSWORD, start);
    expect(await sessionAt(headers, at(start, 20))).not.toBeNull();
    expect(await sessionAt(headers, at(start, 45))).not.toBeNull(); // 25 minutes after the last use
    expect(await sessionAt(headers, at(start, 76))).toBeNull(); // 31 minutes idle
    expect(await sessionAt(headers, at(start, 77))).toBeNull();
  });

  it(`ends ${12} hours after sign-in however active it is`, async () => {
    const start = new Date();
    const headers = await signedInHeaders(DEMO_EMAILS.clinician, DEMO_PASSWORD, start);
    for (let minute = 25; minute < 12 * 60; minute += 25) {
      expect(await sessionAt(headers, at(start, minute))).not.toBeNull();
    }
    expect(await sessionAt(headers, at(start, 12 * 60 + 1))).toBeNull();
  });

  it("is invalid on the server after signing out, even if the cookie is kept", async () => {
    const headers = await signedInHeaders(DEMO_EMAILS.admin);
    const cleared = await signOutStaff(auth, db, config, headers);
    expect(cleared.join(";")).toMatch(/session_token=;|Max-Age=0/);
    expect(await sessionAt(headers, new Date())).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } });
    expect(await db.auditEvent.count({ where: { action: "auth.sign_out", actorId: user.id } })).toBe(1);
  });

  it("ends at once when its user is disabled, and the user cannot sign in again", async () => {
    await createStaffUser(db, SYSTEM_ACTOR, { email: "leaver@demo.clinic", name: "Leaver", role: "clinician", password: DEMO_PASSWORD });
    const first = await signedInHeaders("leaver@demo.clinic");
    const second = await signedInHeaders("leaver@demo.clinic");
    const leaver = await db.user.findUniqueOrThrow({ where: { email: "leaver@demo.clinic" } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } });

    await updateStaffUser(db, { id: admin.id, name: admin.name, role: "admin", ipAddress: null }, { userId: leaver.id, change: { disabled: true } });

    expect(await db.session.count({ where: { userId: leaver.id } })).toBe(0);
    expect(await sessionAt(first, new Date())).toBeNull();
    expect(await sessionAt(second, new Date())).toBeNull();
    expect(await attempt("leaver@demo.clinic", DEMO_PASSWORD)).toBe("unauthenticated");
  });
});

describe("creating staff", () => {
  it("refuses a weak password and a duplicate email, and writes nothing", async () => {
    const users = await db.user.count();
    const accounts = await db.account.count();
    // Long enough for the schema, but guessable: the use case's own strength check refuses it.
    await expect(
      createStaffUser(db, SYSTEM_ACTOR, { email: "new@demo.clinic", name: "New", role: "clinician", password: "password1234" }),
    ).rejects.toMatchObject({ code: "invalid_request", details: { issues: [{ path: "password" }] } });
    await expect(
      createStaffUser(db, SYSTEM_ACTOR, { email: DEMO_EMAILS.admin, name: "Again", role: "admin", password: DEMO_PASSWORD }),
    ).rejects.toMatchObject({ code: "invalid_request", details: { issues: [{ path: "email" }] } });
    expect(await db.user.count()).toBe(users);
    expect(await db.account.count()).toBe(accounts);
  });
});
