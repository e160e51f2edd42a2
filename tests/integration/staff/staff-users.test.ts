import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH } from "@/app/api/staff/users/[id]/route";
import { GET, POST } from "@/app/api/staff/users/route";
import { GET as listSubmissions } from "@/app/api/submissions/route";
import type { AuditAction } from "@/lib/vocabulary";
import { getDatabase } from "@/lib/server/db/client";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
afterAll(() => db.$disconnect());

// Strong enough for the strength check: four unrelated words and a number.
const STRONG_PASSWORD = "plum tram violet hedgehog 42";
const SELF_CHANGE = "You cannot change your own role or disable yourself";

let admin: Headers;
let adminId: string;
let clinician: Headers;
let frontDesk: Headers;

beforeAll(async () => {
  await seedStaff();
  admin = await signedInHeaders(DEMO_EMAILS.admin);
  adminId = (await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } })).id;
  clinician = await signedInHeaders(DEMO_EMAILS.clinician);
  frontDesk = await signedInHeaders(DEMO_EMAILS.front_desk);
});

const ANONYMOUS = new Headers();
const URL_BASE = "http://localhost/api/staff/users";

function withJson(headers: Headers, extra: Record<string, string> = {}): Headers {
  const merged = new Headers(headers);
  merged.set("content-type", "application/json");
  for (const [key, value] of Object.entries(extra)) merged.set(key, value);
  return merged;
}

const listAs = (headers: Headers) => GET(new Request(URL_BASE, { headers }));
const createAs = (headers: Headers, body: unknown, extra: Record<string, string> = {}) =>
  POST(new Request(URL_BASE, { method: "POST", headers: withJson(headers, extra), body: JSON.stringify(body) }));
const changeAs = (headers: Headers, id: string, body: unknown) =>
  PATCH(new Request(`${URL_BASE}/${encodeURIComponent(id)}`, { method: "PATCH", headers: withJson(headers), body: JSON.stringify(body) }), {
    params: Promise.resolve({ id }),
  });

let accounts = 0;
/** A new account's request body, with a unique email. */
function newAccount(changes: Record<string, unknown> = {}) {
  accounts += 1;
  return { email: `staff${accounts}@clinic.example`, name: `Staff Member ${accounts}`, role: "clinician", password: STRONG_PASSWORD, ...changes };
}

/** Creates an account through the API as the admin and returns its id. */
async function created(changes: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  const body = newAccount(changes);
  const response = await createAs(admin, body);
  expect(response.status).toBe(201);
  return { id: ((await response.json()) as { id: string }).id, email: body.email };
}

/** What a refused request must leave alone: the accounts, their credentials, and the audit entries of `action`. */
async function rowCounts(action: AuditAction) {
  return {
    staffUsers: await db.user.count(),
    staffAccounts: await db.account.count(),
    auditEvents: await db.auditEvent.count({ where: { action } }),
  };
}

/** A staff account as stored, for comparing before and after a refused change. */
const storedUser = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { role: true, disabled: true, updatedAt: true } });

/** Whether a session still works: the submissions list answers 200 with it, 401 without. */
async function sessionWorks(headers: Headers): Promise<boolean> {
  const status = (await listSubmissions(new Request("http://localhost/api/submissions", { headers }))).status;
  expect([200, 401]).toContain(status);
  return status === 200;
}

describe("POST /api/staff/users", () => {
  it("creates an account: 201, an argon2id hash, and an audit entry naming the admin and no password", async () => {
    const body = newAccount({ email: "Nia.Nurse@Clinic.Example", name: "Nia Nurse", role: "front_desk" });
    const response = await createAs(admin, body, { "x-forwarded-for": "198.51.100.7" });

    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const reply = (await response.json()) as { id: string };
    expect(reply).toEqual({ id: expect.any(String) });
    const { id } = reply;

    const user = await db.user.findUniqueOrThrow({ where: { id }, include: { accounts: true } });
    expect(user).toMatchObject({ email: "nia.nurse@clinic.example", name: "Nia Nurse", role: "front_desk", disabled: false });
    expect(user.accounts).toHaveLength(1);
    expect(user.accounts[0]).toMatchObject({ providerId: "credential", accountId: id });
    expect(user.accounts[0]?.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.accounts[0]?.password).not.toContain(STRONG_PASSWORD);

    const entries = await db.auditEvent.findMany({ where: { action: "staff.create", recordId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: adminId,
      actorRole: "admin",
      ipAddress: "198.51.100.7",
      outcome: "success",
      recordType: "staff_user",
      recordId: id,
    });
    const stored = JSON.stringify(entries);
    expect(stored).not.toContain(STRONG_PASSWORD);
    expect(stored).not.toContain(user.accounts[0]!.password!);

    // The new account signs in with the password it was given.
    expect(await sessionWorks(await signedInHeaders("nia.nurse@clinic.example", STRONG_PASSWORD))).toBe(true);
  });

  it("400 on email for an email that already has an account, in any case, and writes nothing", async () => {
    const before = await rowCounts("staff.create");
    for (const email of [DEMO_EMAILS.clinician, DEMO_EMAILS.clinician.toUpperCase()]) {
      const response = await createAs(admin, newAccount({ email }));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "invalid_request",
        issues: [{ path: "email", message: "There is already an account with this email" }],
      });
    }
    expect(await rowCounts("staff.create")).toEqual(before);
  });

  it("400 on password for a short one, from the schema, and writes nothing", async () => {
    const before = await rowCounts("staff.create");
    const response = await createAs(admin, newAccount({ password: "Sh0rt-pw" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request", issues: [{ path: "password", message: "Use at least 12 characters" }] });
    expect(await rowCounts("staff.create")).toEqual(before);
  });

  it("400 on password for a long but guessable one, from the strength check, and writes nothing", async () => {
    const before = await rowCounts("staff.create");
    const body = newAccount({ password: "password1234" });
    const response = await createAs(admin, body);
    expect(response.status).toBe(400);
    const { error, issues } = (await response.json()) as { error: string; issues: { path: string; message: string }[] };
    expect(error).toBe("invalid_request");
    expect(issues).toEqual([{ path: "password", message: expect.any(String) }]);
    // Not the schema's length message: 12 characters pass that; the dictionary refused it.
    expect(issues[0]?.message).not.toMatch(/characters/);
    expect(await rowCounts("staff.create")).toEqual(before);
    expect(await db.user.count({ where: { email: body.email } })).toBe(0);
  });

  it("400 naming each field the schema refuses, and an unknown field, writing nothing", async () => {
    const before = await rowCounts("staff.create");
    const unknown = await createAs(admin, newAccount({ isSuperuser: true }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).issues).toEqual([{ path: "isSuperuser", message: expect.any(String) }]);

    const bad = await createAs(admin, { email: "not-an-email", name: "", role: "wizard", password: STRONG_PASSWORD });
    expect(bad.status).toBe(400);
    expect(((await bad.json()).issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(["email", "name", "role"]);
    expect(await rowCounts("staff.create")).toEqual(before);
  });
});

describe("GET /api/staff/users", () => {
  it("lists every account, enabled first then by name, without credentials", async () => {
    const { id, email } = await created({ name: "Aaron Listed", role: "clinician" });
    const response = await listAs(admin);

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { items } = (await response.json()) as { items: { id: string; name: string; disabled: boolean }[] };
    expect(items.find((item) => item.id === id)).toEqual({
      id,
      name: "Aaron Listed",
      email,
      role: "clinician",
      disabled: false,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(items.map((item) => item.id).sort()).toEqual((await db.user.findMany({ select: { id: true } })).map((user) => user.id).sort());
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["createdAt", "disabled", "email", "id", "name", "role"]);

    const expected = [...items].sort((a, b) => Number(a.disabled) - Number(b.disabled) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(items.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    expect(JSON.stringify(items)).not.toMatch(/argon2|password/i);
  });
});

describe("PATCH /api/staff/users/{id}", () => {
  it("changes the role and audits it as the admin", async () => {
    const { id } = await created({ role: "front_desk" });
    const response = await changeAs(admin, id, { role: "clinician" });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "clinician", disabled: false });
    const entries = await db.auditEvent.findMany({ where: { action: "staff.update", recordId: id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: adminId, actorRole: "admin", outcome: "success", recordType: "staff_user" });

    const { items } = (await (await listAs(admin)).json()) as { items: { id: string; role: string }[] };
    expect(items.find((item) => item.id === id)?.role).toBe("clinician");
  });

  it("disabling ends every session of that user at once; re-enabling lets them sign in again", async () => {
    const { id, email } = await created({ role: "clinician" });
    const first = await signedInHeaders(email, STRONG_PASSWORD);
    const second = await signedInHeaders(email, STRONG_PASSWORD);
    expect(await sessionWorks(first)).toBe(true);
    expect(await db.session.count({ where: { userId: id } })).toBe(2);
    const otherSessions = await db.session.count({ where: { userId: { not: id } } });

    const disabled = await changeAs(admin, id, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ disabled: true });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    expect(await db.session.count({ where: { userId: { not: id } } })).toBe(otherSessions);
    expect(await sessionWorks(first)).toBe(false);
    expect(await sessionWorks(second)).toBe(false);
    await expect(signedInHeaders(email, STRONG_PASSWORD)).rejects.toMatchObject({ code: "unauthenticated" });

    const { items } = (await (await listAs(admin)).json()) as { items: { id: string; disabled: boolean }[] };
    expect(items.find((item) => item.id === id)?.disabled).toBe(true);
    expect(items.at(-1)?.disabled).toBe(true); // disabled accounts come last

    const enabled = await changeAs(admin, id, { disabled: false });
    expect(enabled.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ disabled: false });
    // The old sessions stay ended; a new sign-in works.
    expect(await sessionWorks(first)).toBe(false);
    expect(await sessionWorks(await signedInHeaders(email, STRONG_PASSWORD))).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "staff.update", recordId: id } })).toBe(2);
  });

  it("400 for a change to one's own account, changing and auditing nothing", async () => {
    const before = await rowCounts("staff.update");
    const adminBefore = await storedUser(adminId);
    for (const change of [{ role: "clinician" }, { disabled: true }]) {
      const response = await changeAs(admin, adminId, change);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "invalid_request", issues: [{ path: "", message: SELF_CHANGE }] });
    }
    expect(await storedUser(adminId)).toEqual(adminBefore);
    expect(await rowCounts("staff.update")).toEqual(before);
    expect(await sessionWorks(admin)).toBe(true);
  });

  it("404 for an unknown id, auditing nothing", async () => {
    const before = await rowCounts("staff.update");
    const response = await changeAs(admin, "no-such-user", { role: "clinician" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
    expect(await rowCounts("staff.update")).toEqual(before);
  });

  it("400 for an unknown field, a bad role or an empty change, changing nothing", async () => {
    const { id } = await created({ role: "clinician" });
    const before = await rowCounts("staff.update");
    const userBefore = await storedUser(id);

    const unknown = await changeAs(admin, id, { role: "admin", email: "taken@clinic.example" });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).issues).toEqual([{ path: "email", message: expect.any(String) }]);

    const badRole = await changeAs(admin, id, { role: "superuser" });
    expect(badRole.status).toBe(400);
    expect((await badRole.json()).issues).toEqual([{ path: "role", message: "Choose clinician, front_desk or admin" }]);

    const empty = await changeAs(admin, id, {});
    expect(empty.status).toBe(400);
    expect((await empty.json()).issues).toEqual([{ path: "", message: "Change the role or the status" }]);

    expect(await storedUser(id)).toEqual(userBefore);
    expect(await rowCounts("staff.update")).toEqual(before);
  });
});

describe("who may manage staff", () => {
  it.each([
    ["a clinician", () => clinician],
    ["the front desk", () => frontDesk],
  ])("403 for %s on every endpoint, writing nothing but the refusal's audit entry", async (_who, headers) => {
    const target = await created({ role: "front_desk" });
    const targetBefore = await storedUser(target.id);
    const creates = await rowCounts("staff.create");
    const updates = await rowCounts("staff.update");
    const denied = await db.auditEvent.count({ where: { action: "access.denied" } });

    const responses = [
      await listAs(headers()),
      await createAs(headers(), newAccount()),
      await changeAs(headers(), target.id, { role: "admin" }),
      await changeAs(headers(), target.id, { disabled: true }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "forbidden" });
    }

    expect(await rowCounts("staff.create")).toEqual(creates);
    expect(await rowCounts("staff.update")).toEqual(updates);
    expect(await storedUser(target.id)).toEqual(targetBefore);
    expect(await db.auditEvent.count({ where: { action: "access.denied" } })).toBe(denied + responses.length);
  });

  it("401 without a session on every endpoint, writing nothing but the refusal's audit entry", async () => {
    const target = await created({ role: "front_desk" });
    const targetBefore = await storedUser(target.id);
    const creates = await rowCounts("staff.create");
    const updates = await rowCounts("staff.update");

    const responses = [
      await listAs(ANONYMOUS),
      await createAs(ANONYMOUS, newAccount()),
      await changeAs(ANONYMOUS, target.id, { disabled: true }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "unauthenticated" });
    }

    expect(await rowCounts("staff.create")).toEqual(creates);
    expect(await rowCounts("staff.update")).toEqual(updates);
    expect(await storedUser(target.id)).toEqual(targetBefore);
  });
});
