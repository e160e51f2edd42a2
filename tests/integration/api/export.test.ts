import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/submissions/export/route";
import { defaultPolicy } from "@/lib/screening";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { recordDecision } from "@/lib/server/submissions/record-decision";
import { saveStaffSearch, type PatientSearch } from "@/lib/server/submissions/staff-search";
import type { Answers, Patient } from "@/lib/questionnaire";
import type { Actor } from "@/lib/staff/types";
import { intakeWith, PATIENT } from "@/tests/fixtures/intake";
import { csvOf, csvRows } from "@/tests/integration/csv";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
afterAll(() => db.$disconnect());

const HEADER = ["Reference", "Submitted", "Name", "Outcome", "Review status", "Latest decision"];

const submit = (answers: Partial<Answers>, patient: Partial<Patient>, now: Date) =>
  createSubmission(db, { intake: intakeWith({ answers, patient }), policy: defaultPolicy, now });

const exportUrl = (query = "") => `http://localhost/api/submissions/export${query ? `?${query}` : ""}`;
const exportAs = async (email: string | null, query = "") =>
  GET(new Request(exportUrl(query), { headers: email ? await signedInHeaders(email) : new Headers() }));

/** The query of an export of a search saved as the search form saves it, by `email`'s staff member. */
async function savedSearch(email: string, search: Partial<PatientSearch>, now?: Date): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const actor: Actor = { id: user.id, name: user.name, role: "clinician", ipAddress: null };
  return `search=${await saveStaffSearch(db, actor, { q: "", dateOfBirth: "", ...search }, now)}`;
}

/** The rows of a CSV body, checked for its byte order mark, header and line ends. */
const rowsOf = (csv: string): string[][] => csvRows(csv, HEADER);

let jane: Awaited<ReturnType<typeof submit>>;
let grace: Awaited<ReturnType<typeof submit>>;
let mallory: Awaited<ReturnType<typeof submit>>;
const manyReferences: string[] = [];

beforeAll(async () => {
  await seedStaff();
  jane = await submit({}, {}, new Date("2026-11-20T09:00:00Z"));
  grace = await submit({ bloodThinners: "yes" }, { firstName: "Grace", lastName: "Hopper", email: "grace@example.com" }, new Date("2026-11-21T10:30:00Z"));
  mallory = await submit({ keloids: "yes" }, { firstName: '=HYPERLINK("x")', lastName: "Zoë, \"M\"", email: "m@example.com" }, new Date("2026-11-22T08:15:00Z"));
  // More than one page of the list (25 by default, 100 at most): the export holds them all.
  for (let i = 0; i < 120; i++) {
    const receipt = await submit({}, { firstName: "Bulk", lastName: `Patient${i}`, email: `bulk${i}@example.com` }, new Date(Date.UTC(2026, 9, 1, 0, i)));
    manyReferences.push(receipt.reference);
  }

  const clinician = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
  const actor: Actor = { id: clinician.id, name: clinician.name, role: "clinician", ipAddress: null };
  await recordDecision(db, actor, { submissionId: grace.id, decision: "approved_for_consultation", now: new Date("2026-11-21T12:00:00Z") });
});

describe("GET /api/submissions/export", () => {
  it("401 without a session, as JSON", async () => {
    const response = await exportAs(null);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: "unauthenticated" });
  });

  it("403 for the front desk, and the refusal is audited", async () => {
    const before = await db.auditEvent.count({ where: { action: "access.denied" } });
    const response = await exportAs(DEMO_EMAILS.front_desk);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "forbidden" });
    expect(await db.auditEvent.count({ where: { action: "access.denied" } })).toBe(before + 1);
  });

  it("400 naming a bad filter, and for parameters the export does not take", async () => {
    const bad = await exportAs(DEMO_EMAILS.clinician, "outcome=maybe&from=2026-02-30");
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["from", "outcome"]);

    const paged = await exportAs(DEMO_EMAILS.clinician, "limit=10");
    expect(paged.status).toBe(400);
  });

  it.each([DEMO_EMAILS.clinician, DEMO_EMAILS.admin])("200 for %s: every submission as a CSV download", async (email) => {
    const response = await exportAs(email);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="submissions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("content-disposition")).toContain(`submissions-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(response.headers.get("cache-control")).toBe("no-store");

    const rows = rowsOf(await csvOf(response));
    expect(rows).toHaveLength(123);
    // Newest first, as the list; outcome, status and decision in the words the screen uses.
    expect(rows.slice(0, 3)).toEqual([
      [mallory.reference, "2026-11-22T08:15:00+00:00", `'=HYPERLINK("x") Zoë, "M"`, "Not suitable", "New", ""],
      [grace.reference, "2026-11-21T10:30:00+00:00", "Grace Hopper", "Needs review", "Decided", "Approved for consultation"],
      [jane.reference, "2026-11-20T09:00:00+00:00", `${PATIENT.firstName} ${PATIENT.lastName}`, "Eligible", "New", ""],
    ]);
    expect(rows.slice(3).map((row) => row[0])).toEqual([...manyReferences].reverse());
  });

  it("holds no answers", async () => {
    const csv = await (await exportAs(DEMO_EMAILS.clinician, await savedSearch(DEMO_EMAILS.clinician, { q: grace.reference }))).text();
    expect(csv).not.toMatch(/blood|thinner|keloid|acne|face|grace@example\.com/i);
    expect(csv).not.toContain(PATIENT.dateOfBirth);
  });

  it("applies the list's filters", async () => {
    const byOutcome = rowsOf(await csvOf(await exportAs(DEMO_EMAILS.clinician, "outcome=needs_review")));
    expect(byOutcome.map((row) => row[0])).toEqual([grace.reference]);

    const byStatus = rowsOf(await csvOf(await exportAs(DEMO_EMAILS.admin, "status=decided")));
    expect(byStatus.map((row) => row[0])).toEqual([grace.reference]);

    const byName = rowsOf(await csvOf(await exportAs(DEMO_EMAILS.clinician, await savedSearch(DEMO_EMAILS.clinician, { q: PATIENT.lastName.toLowerCase() }))));
    expect(byName.map((row) => row[0])).toEqual([jane.reference]);

    const byDates = rowsOf(await csvOf(await exportAs(DEMO_EMAILS.clinician, "from=2026-11-20&to=2026-11-21&order=queue")));
    expect(byDates.map((row) => row[0])).toEqual([jane.reference, grace.reference]);

    const none = rowsOf(await csvOf(await exportAs(DEMO_EMAILS.clinician, await savedSearch(DEMO_EMAILS.clinician, { dateOfBirth: "1950-01-01" }))));
    expect(none).toEqual([]);
  });

  it("takes a search only by the id of one saved by the same staff member within a day, never patient details in the link", async () => {
    for (const query of [`q=${grace.reference}`, "dateOfBirth=1991-06-15"]) {
      const response = await exportAs(DEMO_EMAILS.clinician, query);
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain(grace.reference);
    }
    const someoneElses = await savedSearch(DEMO_EMAILS.admin, { q: "hopper" });
    expect((await exportAs(DEMO_EMAILS.clinician, someoneElses)).status).toBe(400);
    const dayOld = await savedSearch(DEMO_EMAILS.clinician, { q: "hopper" }, new Date(Date.now() - 25 * 60 * 60_000));
    expect((await exportAs(DEMO_EMAILS.clinician, dayOld)).status).toBe(400);
    expect((await exportAs(DEMO_EMAILS.clinician, "search=no-such-search")).status).toBe(400);
  });

  it("writes one audit entry per export, naming who and not whom", async () => {
    const clinician = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
    const before = await db.auditEvent.count({ where: { action: "submissions.export" } });
    const headers = await signedInHeaders(DEMO_EMAILS.clinician);
    headers.set("x-forwarded-for", "198.51.100.4");
    const response = await GET(new Request(exportUrl(await savedSearch(DEMO_EMAILS.clinician, { q: "hopper" })), { headers }));
    expect(response.status).toBe(200);

    const entries = await db.auditEvent.findMany({ where: { action: "submissions.export" }, orderBy: { at: "asc" } });
    expect(entries).toHaveLength(before + 1);
    const entry = entries.at(-1);
    expect(entry).toMatchObject({
      actorId: clinician.id,
      actorRole: "clinician",
      ipAddress: "198.51.100.4",
      outcome: "success",
      recordType: null,
      recordId: null,
    });
    const stored = JSON.stringify(entry);
    for (const patientData of ["Grace", "Hopper", "hopper", grace.reference, grace.id, "grace@example.com"]) {
      expect(stored).not.toContain(patientData);
    }
  });

  it("writes no export entry when it refuses", async () => {
    const before = await db.auditEvent.count({ where: { action: "submissions.export" } });
    await exportAs(DEMO_EMAILS.front_desk);
    await exportAs(DEMO_EMAILS.clinician, "status=maybe");
    expect(await db.auditEvent.count({ where: { action: "submissions.export" } })).toBe(before);
  });
});
