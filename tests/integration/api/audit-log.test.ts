import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as auditExport } from "@/app/api/audit/export/route";
import { GET as auditList } from "@/app/api/audit/route";
import type { AuditItem, AuditPage } from "@/lib/audit/types";
import { defaultPolicy } from "@/lib/screening";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import { getDatabase } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { openSubmission } from "@/lib/server/submissions/open-submission";
import type { Actor } from "@/lib/staff/types";
import { intakeWith } from "@/tests/fixtures/intake";
import { csvOf, csvRows } from "@/tests/integration/csv";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
afterAll(() => db.$disconnect());

const HEADER = ["Time", "Staff member", "Role", "Action", "Action code", "Record", "Record type", "Record id", "Outcome", "IP address"];
const STRONG_PASSWORD = "plum tram violet hedgehog 42";
const FORMULA_NAME = '=HYPERLINK("http://evil.example","Click")';
const FORMULA_EMAIL = "formula@clinic.example";
const PATIENT_NAME = { firstName: "Philippa", lastName: "Quetzalcoatl" };

let admin: Headers;
let clinicianActor: Actor;
let reference: string;
let submissionId: string;
let formulaStaffId: string;

const request = (path: string, headers: Headers = new Headers()) => new Request(`http://localhost${path}`, { headers });
async function page(query: string): Promise<AuditItem[]> {
  const response = await auditList(request(`/api/audit?limit=200&${query}`, admin));
  expect(response.status).toBe(200);
  return ((await response.json()) as AuditPage).items;
}
/** The data rows of an export, checked for its byte order mark, header and line ends. */
async function exportRows(query: string): Promise<string[][]> {
  const response = await auditExport(request(`/api/audit/export?${query}`, admin));
  expect(response.status).toBe(200);
  return csvRows(await csvOf(response), HEADER);
}

beforeAll(async () => {
  await seedStaff();
  admin = await signedInHeaders(DEMO_EMAILS.admin);
  const adminUser = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } });
  const clinician = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
  clinicianActor = { id: clinician.id, name: clinician.name, role: "clinician", ipAddress: "203.0.113.7" };

  const receipt = await createSubmission(db, {
    intake: intakeWith({ patient: { ...PATIENT_NAME, email: "philippa@example.com" } }),
    policy: defaultPolicy,
    now: new Date("2026-10-05T09:00:00Z"),
  });
  ({ reference, id: submissionId } = receipt);
  await openSubmission(db, clinicianActor, { id: submissionId, now: new Date("2026-10-05T10:00:00Z") });
  await openSubmission(db, clinicianActor, { id: submissionId, now: new Date("2026-10-07T10:00:00Z") });
  // A staff member whose name a spreadsheet would run, created by the admin and signing in.
  const adminActor: Actor = { id: adminUser.id, name: adminUser.name, role: "admin", ipAddress: null };
  formulaStaffId = (await createStaffUser(db, adminActor, { email: FORMULA_EMAIL, name: FORMULA_NAME, role: "front_desk", password: STRONG_PASSWORD })).id;
  await signedInHeaders(FORMULA_EMAIL, STRONG_PASSWORD);
  // A refused request for a record id a spreadsheet would also run.
  await auditEventQuery(db, { id: clinician.id, role: "clinician", ipAddress: null }, {
    action: "access.denied",
    outcome: "denied",
    recordType: "submission",
    recordId: "@SUM(1+1)*cmd",
    at: new Date("2026-10-06T12:00:00Z"),
  });
});

describe("GET /api/audit, readable", () => {
  it("names the submission by its reference, the action and outcome in words, and the staff member with their role", async () => {
    const [latest] = await page(`action=submission.view&recordId=${submissionId}`);
    expect(latest).toMatchObject({
      at: "2026-10-07T10:00:00.000Z",
      actorId: clinicianActor.id,
      actorName: clinicianActor.name,
      actorRole: "clinician",
      actorRoleLabel: "Clinician",
      action: "submission.view",
      actionLabel: "Opened a submission",
      recordType: "submission",
      recordId: submissionId,
      recordLabel: reference,
      outcome: "success",
      outcomeLabel: "Succeeded",
      ipAddress: "203.0.113.7",
    });
    expect(JSON.stringify(latest)).not.toMatch(/Philippa|Quetzalcoatl|philippa@/);
  });

  it("names a staff account acted on by the staff member's name, and a record that is not in the database by nothing", async () => {
    const [created] = await page(`action=staff.create&recordId=${formulaStaffId}`);
    expect(created).toMatchObject({ actionLabel: "Created a staff account", recordType: "staff_user", recordLabel: FORMULA_NAME, actorRoleLabel: "Admin" });
    const [refused] = await page("action=access.denied&from=2026-10-06&to=2026-10-06");
    expect(refused).toMatchObject({ actionLabel: "Was refused access", outcomeLabel: "Refused", recordId: "@SUM(1+1)*cmd", recordLabel: null });
  });

  it("keeps its filters: staff member, action, record and dates", async () => {
    const views = await page(`actorId=${clinicianActor.id}&action=submission.view&recordId=${submissionId}`);
    expect(views.map((item) => item.at)).toEqual(["2026-10-07T10:00:00.000Z", "2026-10-05T10:00:00.000Z"]);
    const onFifth = await page(`recordId=${submissionId}&from=2026-10-05&to=2026-10-05`);
    expect(onFifth.map((item) => item.at)).toEqual(["2026-10-05T10:00:00.000Z"]);
    expect(await page(`recordId=${submissionId}&from=2026-10-06&to=2026-10-06`)).toEqual([]);
    // A reference as the log shows it, typed any way the front desk would, names the same record.
    const typed = reference.toLowerCase().replaceAll("-", " ");
    expect((await page(`action=submission.view&recordId=${encodeURIComponent(typed)}`)).map((item) => item.at)).toEqual(views.map((item) => item.at));
    expect(await page("recordId=MN-0000-00")).toEqual([]);
    const bad = await auditList(request("/api/audit?action=submission.teleport&from=2026-02-30", admin));
    expect(bad.status).toBe(400);
  });
});

describe("GET /api/audit/export", () => {
  it("401 without a session, as JSON, writing nothing", async () => {
    const before = await db.auditEvent.count({ where: { action: "audit.export" } });
    const response = await auditExport(request("/api/audit/export"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "unauthenticated" });
    expect(await db.auditEvent.count({ where: { action: "audit.export" } })).toBe(before);
  });

  it.each([DEMO_EMAILS.clinician, DEMO_EMAILS.front_desk])("403 for %s, audited as a refusal, exporting nothing", async (email) => {
    const denied = await db.auditEvent.count({ where: { action: "access.denied" } });
    const exports = await db.auditEvent.count({ where: { action: "audit.export" } });
    const response = await auditExport(request("/api/audit/export", await signedInHeaders(email)));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "forbidden" });
    expect(await db.auditEvent.count({ where: { action: "access.denied" } })).toBe(denied + 1);
    expect(await db.auditEvent.count({ where: { action: "audit.export" } })).toBe(exports);
  });

  it("400 naming a bad filter, and for the page's own parameters, exporting nothing", async () => {
    const before = await db.auditEvent.count({ where: { action: "audit.export" } });
    const bad = await auditExport(request("/api/audit/export?action=submission.teleport&to=2026-13-01", admin));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["action", "to"]);
    expect((await auditExport(request("/api/audit/export?limit=10", admin))).status).toBe(400);
    expect((await auditExport(request("/api/audit/export?cursor=abc", admin))).status).toBe(400);
    expect(await db.auditEvent.count({ where: { action: "audit.export" } })).toBe(before);
  });

  it("downloads the filtered log as CSV in words, times on the clinic's clock with the offset, with no patient's name", async () => {
    const response = await auditExport(request(`/api/audit/export?recordId=${submissionId}`, admin));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = await exportRows(`recordId=${submissionId}`);
    expect(rows).toEqual([
      ["2026-10-07T10:00:00+00:00", clinicianActor.name, "Clinician", "Opened a submission", "submission.view", reference, "submission", submissionId, "Succeeded", "203.0.113.7"],
      ["2026-10-05T10:00:00+00:00", clinicianActor.name, "Clinician", "Opened a submission", "submission.view", reference, "submission", submissionId, "Succeeded", "203.0.113.7"],
    ]);
    expect(await exportRows(`recordId=${submissionId}&from=2026-10-06`)).toHaveLength(1);
    expect(await exportRows(`recordId=${reference}`)).toEqual(rows);
    expect(await exportRows(`actorId=${formulaStaffId}&action=submission.view`)).toEqual([]);
    const everything = (await exportRows("")).flat().join("\n");
    expect(everything).toContain(reference);
    expect(everything).not.toMatch(/Philippa|Quetzalcoatl|philippa@example\.com/);
  });

  it("makes every cell a spreadsheet would run into text, as the submissions export does", async () => {
    const signIns = await exportRows(`actorId=${formulaStaffId}&action=auth.sign_in`);
    expect(signIns).toHaveLength(1);
    const formulaName = `'=HYPERLINK("http://evil.example","Click")`;
    expect(signIns[0]![0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
    expect(signIns[0]!.slice(1, 5)).toEqual([formulaName, "Front desk", "Signed in", "auth.sign_in"]);
    const [created] = await exportRows(`action=staff.create&recordId=${formulaStaffId}`);
    expect(created!.slice(5, 9)).toEqual([formulaName, "staff_user", formulaStaffId, "Succeeded"]);
    const [refused] = await exportRows("action=access.denied&from=2026-10-06&to=2026-10-06");
    expect(refused).toEqual(["2026-10-06T12:00:00+00:00", clinicianActor.name, "Clinician", "Was refused access", "access.denied", "", "submission", "'@SUM(1+1)*cmd", "Refused", ""]);
  });

  it("is itself audited, as the admin's export, after its rows were read", async () => {
    const adminUser = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } });
    const before = await db.auditEvent.count({ where: { action: "audit.export", actorId: adminUser.id } });
    const rows = await exportRows("action=audit.export");
    expect(rows).toHaveLength(before);
    expect(await db.auditEvent.count({ where: { action: "audit.export", actorId: adminUser.id } })).toBe(before + 1);
    const [latest] = await page("action=audit.export");
    expect(latest).toMatchObject({ actorName: adminUser.name, actionLabel: "Exported the audit log as CSV", outcome: "success", recordId: null });
  });
});
