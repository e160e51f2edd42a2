import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Before anything reads the configuration: this file's server runs in California.
vi.hoisted(() => {
  process.env.CLINIC_TIME_ZONE = "America/Los_Angeles";
});

import { GET as auditExport } from "@/app/api/audit/export/route";
import { GET as auditList } from "@/app/api/audit/route";
import { GET as submissionsExport } from "@/app/api/submissions/export/route";
import { GET as submissionsList } from "@/app/api/submissions/route";
import type { AuditPage } from "@/lib/audit/types";
import type { Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { getSubmission } from "@/lib/server/submissions/get-submission";
import { openSubmission } from "@/lib/server/submissions/open-submission";
import { saveStaffSearch } from "@/lib/server/submissions/staff-search";
import type { Actor } from "@/lib/staff/types";
import type { SubmissionPage } from "@/lib/submissions/types";
import { intakeWith } from "@/tests/fixtures/intake";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
afterAll(() => db.$disconnect());

// 23:30 on Thursday 19 November in California: 07:30 on Friday the 20th in UTC.
const LATE_ON_19TH = new Date("2026-11-20T07:30:00Z");
// 00:30 on the 20th in California.
const EARLY_ON_20TH = new Date("2026-11-20T08:30:00Z");
// 23:30 on Sunday 1 November, the 25-hour day the clocks went back: 07:30 on the 2nd in UTC.
const LATE_ON_1ST = new Date("2026-11-02T07:30:00Z");
// 00:30 on 1 November, still in summer time (UTC-7): 07:30 on the 1st in UTC.
const EARLY_ON_1ST = new Date("2026-11-01T07:30:00Z");

/** 18 on the 20th: an adult in UTC at 07:30 on the 20th, but still 17 in California. */
const TURNS_18_ON_20TH: Partial<Patient> = { firstName: "Nearly", lastName: "Eighteen", dateOfBirth: "2008-11-20", email: "nearly@example.com" };

const submit = (lastName: string, now: Date, patient: Partial<Patient> = {}) =>
  createSubmission(db, { intake: intakeWith({ patient: { lastName, email: `${lastName.toLowerCase()}@example.com`, ...patient } }), policy: defaultPolicy, now });

let late: Awaited<ReturnType<typeof submit>>;
let early: Awaited<ReturnType<typeof submit>>;
let lateOnFirst: Awaited<ReturnType<typeof submit>>;
let earlyOnFirst: Awaited<ReturnType<typeof submit>>;
let minor: Awaited<ReturnType<typeof submit>>;
let clinician: Headers;
let admin: Headers;
let clinicianActor: Actor;

const get = async <T,>(handler: (request: Request) => Promise<Response>, path: string, headers: Headers): Promise<T> => {
  const response = await handler(new Request(`http://localhost${path}`, { headers }));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};
const listed = async (query: string): Promise<string[]> =>
  (await get<SubmissionPage>(submissionsList, `/api/submissions?limit=100&${query}`, clinician)).items.map((item) => item.reference);
const exported = async (query: string): Promise<string> => {
  const response = await submissionsExport(new Request(`http://localhost/api/submissions/export?${query}`, { headers: clinician }));
  expect(response.status).toBe(200);
  return response.text();
};

beforeAll(async () => {
  await seedStaff();
  [clinician, admin] = await Promise.all([signedInHeaders(DEMO_EMAILS.clinician), signedInHeaders(DEMO_EMAILS.admin)]);
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
  clinicianActor = { id: user.id, name: user.name, role: "clinician", ipAddress: null };
  late = await submit("Late", LATE_ON_19TH);
  early = await submit("Early", EARLY_ON_20TH);
  lateOnFirst = await submit("Autumn", LATE_ON_1ST);
  earlyOnFirst = await submit("Summer", EARLY_ON_1ST);
  minor = await submit("Eighteen", LATE_ON_19TH, TURNS_18_ON_20TH);
  // The clinician opens the late one at the minute it arrived: an audit entry at 23:30 local.
  await openSubmission(db, clinicianActor, { id: late.id, now: LATE_ON_19TH });
  await openSubmission(db, clinicianActor, { id: early.id, now: EARLY_ON_20TH });
});

describe("with CLINIC_TIME_ZONE=America/Los_Angeles", () => {
  it("is the configuration this file runs with", () => {
    expect(getConfig().clinicTimeZone).toBe("America/Los_Angeles");
  });

  it("lists a submission made at 23:30 local under that local day in GET /api/submissions, not the UTC day", async () => {
    const on19th = await listed("from=2026-11-19&to=2026-11-19");
    expect(on19th).toEqual(expect.arrayContaining([late.reference, minor.reference]));
    expect(on19th).not.toContain(early.reference);
    const on20th = await listed("from=2026-11-20&to=2026-11-20");
    expect(on20th).toContain(early.reference);
    expect(on20th).not.toContain(late.reference);
    // An open end: from the 20th on holds the 20th's, never the 19th's late evening.
    expect(await listed("from=2026-11-20")).not.toContain(late.reference);
    expect(await listed("to=2026-11-19")).not.toContain(early.reference);
  });

  it("counts 1 November, the 25-hour day the clocks went back, from its first to its last local minute", async () => {
    const onFirst = await listed("from=2026-11-01&to=2026-11-01");
    expect(onFirst).toEqual(expect.arrayContaining([lateOnFirst.reference, earlyOnFirst.reference]));
    expect(await listed("from=2026-11-02&to=2026-11-02")).not.toContain(lateOnFirst.reference);
    expect(await listed("from=2026-10-31&to=2026-10-31")).not.toContain(earlyOnFirst.reference);
  });

  it("finds it by the local day in a search too (a name with the date filter)", async () => {
    expect(await listed("q=Late&from=2026-11-19&to=2026-11-19")).toEqual([late.reference]);
    expect(await listed("q=Late&from=2026-11-20&to=2026-11-20")).toEqual([]);
  });

  it("exports it under the local day, with its local time and offset", async () => {
    const rows = parse(await exported("from=2026-11-19&to=2026-11-19")) as string[][];
    expect(rows.map((row) => row.slice(0, 2))).toContainEqual([late.reference, "2026-11-19T23:30:00-08:00"]);
    expect(rows.flat()).not.toContain(early.reference);
    // A search kept on the server, as the staff pages export one.
    const search = await saveStaffSearch(db, clinicianActor, { q: "Late", dateOfBirth: "" });
    const searched = await exported(`search=${search}&from=2026-11-19&to=2026-11-19`);
    expect(searched).toContain(late.reference);
    expect(await exported(`search=${search}&from=2026-11-20&to=2026-11-20`)).not.toContain(late.reference);
  });

  it("lists the audit entry of 23:30 local under that local day, in the audit log and its export", async () => {
    const records = async (query: string) =>
      (await get<AuditPage>(auditList, `/api/audit?action=submission.view&${query}`, admin)).items.map((item) => item.recordLabel);
    expect(await records("from=2026-11-19&to=2026-11-19")).toEqual([late.reference]);
    expect(await records("from=2026-11-20&to=2026-11-20")).toEqual([early.reference]);

    const response = await auditExport(new Request("http://localhost/api/audit/export?action=submission.view&from=2026-11-19&to=2026-11-19", { headers: admin }));
    const rows = parse(await response.text()) as string[][];
    expect(rows.map((row) => row.slice(0, 6))).toContainEqual(["2026-11-19T23:30:00-08:00", clinicianActor.name, "Clinician", "Opened a submission", "submission.view", late.reference]);
    expect(rows.flat()).not.toContain(early.reference);
  });

  it("takes a patient's age on the clinic's date: 17 at 23:30 on the eve of their 18th birthday, though UTC is on the birthday", async () => {
    // Screened at 23:30 local on the 19th: under 18, whatever the UTC date says.
    const stored = await db.submission.findUniqueOrThrow({ where: { id: minor.id } });
    expect(stored.outcome).toBe("not_suitable");
    expect(minor.reasons.map((reason) => reason.rule)).toContain("under_18");
    expect((await getSubmission(db, { id: minor.id, now: LATE_ON_19TH })).patient.age).toBe(17);
    // Midnight in California: now 18.
    expect((await getSubmission(db, { id: minor.id, now: new Date("2026-11-20T08:00:00Z") })).patient.age).toBe(18);
    // The same birthday screened in the early hours of the 20th local time is an adult's.
    const adult = await submit("Adult", EARLY_ON_20TH, { ...TURNS_18_ON_20TH, lastName: "Adult" });
    expect(adult.reasons.map((reason) => reason.rule)).not.toContain("under_18");
  });
});
