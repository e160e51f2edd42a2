import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/audit/route";
import { POST as resumeRoute } from "@/app/api/drafts/resume/route";
import { POST as saveRoute } from "@/app/api/drafts/route";
import { GET as exportRoute } from "@/app/api/submissions/export/route";
import { GET as listRoute, POST as submitRoute } from "@/app/api/submissions/route";
import { DRAFT_DATE_OF_BIRTH_NEEDED } from "@/lib/questionnaire/draft-schema";
import { normaliseResumeCode } from "@/lib/drafts/resume-code";
import { getConfig } from "@/lib/server/config";
import { getDatabase, providerOf } from "@/lib/server/db/client";
import { deleteExpiredDrafts } from "@/lib/server/drafts/delete-expired-drafts";
import { startDraftHousekeeping } from "@/lib/server/drafts/draft-housekeeping";
import { getDraftKeys } from "@/lib/server/drafts/draft-keys";
import { MAX_FAILED_RESUMES } from "@/lib/server/drafts/resume-draft";
import { hashResumeCode } from "@/lib/server/drafts/resume-codes";
import { countSubmissions } from "@/lib/server/submissions/list-submissions";
import { intakeWith, PATIENT, SAFE_ANSWERS } from "@/tests/fixtures/intake";
import { newClientAddress, postJson } from "@/tests/integration/requests";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
const { draftTtlDays, rateLimits } = getConfig();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await db.draft.deleteMany();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const NOT_FOUND = { error: "not_found" };

const save = (body: unknown, headers: Record<string, string> = {}) => saveRoute(postJson("/api/drafts", body, headers));
const resume = (body: unknown, headers: Record<string, string> = {}) => resumeRoute(postJson("/api/drafts/resume", body, headers));

/** A draft of the first steps: who the patient is and their goals. */
const firstSteps = {
  patient: { firstName: PATIENT.firstName, lastName: PATIENT.lastName, dateOfBirth: PATIENT.dateOfBirth },
  answers: { concerns: ["acne_scars", "other"], treatmentAreas: ["face"] },
};

/** Saves `body` as a new draft and returns its receipt. */
async function saved(body: unknown = firstSteps): Promise<{ resumeCode: string; expiresAt: string }> {
  const response = await save(body);
  expect(response.status).toBe(201);
  return response.json();
}

const rowOf = (resumeCode: string) =>
  db.draft.findUnique({ where: { codeHash: hashResumeCode(getDraftKeys().resumeCode, normaliseResumeCode(resumeCode)!) } });

/** Every column of every draft row, as stored. */
const rawRows = () => db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "drafts"`;

describe("POST /api/drafts", () => {
  it("stores a partial intake and answers 201 with a resume code to read aloud and its expiry", async () => {
    const before = Date.now();
    const response = await save(firstSteps);

    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const receipt = await response.json();
    expect(Object.keys(receipt).sort()).toEqual(["expiresAt", "resumeCode"]);
    expect(receipt.resumeCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const expiresAt = Date.parse(receipt.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + draftTtlDays * DAY_MS);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + draftTtlDays * DAY_MS);
    expect(await db.draft.count()).toBe(1);
    expect((await rowOf(receipt.resumeCode))?.expiresAt.toISOString()).toBe(receipt.expiresAt);
  });

  it("gives every draft its own code", async () => {
    const codes = await Promise.all(Array.from({ length: 10 }, async () => (await saved()).resumeCode));
    expect(new Set(codes).size).toBe(10);
    expect(await db.draft.count()).toBe(10);
  });

  it("saved again with its code, replaces the answers, moves the expiry forward and answers 200 with the same code", async () => {
    const { resumeCode } = await saved();
    const row = await rowOf(resumeCode);
    await db.draft.update({ where: { id: row!.id }, data: { expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });

    const more = { patient: { ...PATIENT }, answers: { ...SAFE_ANSWERS, keloids: "yes" } };
    const before = Date.now();
    // As typed back by the patient: lower case, without hyphens.
    const response = await save({ resumeCode: resumeCode.replaceAll("-", "").toLowerCase(), ...more });

    expect(response.status).toBe(200);
    const receipt = await response.json();
    expect(receipt.resumeCode).toBe(resumeCode);
    expect(Date.parse(receipt.expiresAt)).toBeGreaterThanOrEqual(before + draftTtlDays * DAY_MS);
    const updated = await rowOf(resumeCode);
    expect(updated?.id).toBe(row!.id);
    expect(updated?.expiresAt.toISOString()).toBe(receipt.expiresAt);
    expect(Buffer.from(updated!.iv).equals(Buffer.from(row!.iv))).toBe(false);
    expect(await db.draft.count()).toBe(1);

    const resumed = await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth });
    expect(await resumed.json()).toEqual({ ...more, expiresAt: receipt.expiresAt });
  });

  it("answers 404 to a code that is unknown, expired or not a code, and writes nothing", async () => {
    const { resumeCode } = await saved();
    const expired = await saved();
    await db.draft.update({ where: { id: (await rowOf(expired.resumeCode))!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const rowsBefore = await rawRows();

    for (const code of ["0000-0000-0000-0000", expired.resumeCode, "not a code", ""]) {
      const response = await save({ resumeCode: code, ...firstSteps });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(NOT_FOUND);
    }
    expect(await rawRows()).toEqual(rowsBefore);
    expect(await rowOf(resumeCode)).not.toBeNull();
  });

  describe("refuses bad input with 400 and writes nothing", () => {
    it("a missing date of birth, saying why it is needed", async () => {
      for (const body of [{ patient: { firstName: "Jane" }, answers: {} }, { answers: { keloids: "no" } }, { patient: { dateOfBirth: "" }, answers: {} }]) {
        const response = await save(body);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual({ error: "invalid_request", issues: [{ path: "patient.dateOfBirth", message: DRAFT_DATE_OF_BIRTH_NEEDED }] });
      }
      expect(await db.draft.count()).toBe(0);
    });

    it("unknown keys, at every level", async () => {
      const { resumeCode } = await saved();
      const rowsBefore = await rawRows();
      const bodies = [
        { ...firstSteps, extra: true },
        { ...firstSteps, consent: { storeAndReview: true } },
        { patient: { ...firstSteps.patient, nickname: "J" }, answers: {} },
        { patient: firstSteps.patient, answers: { favouriteColour: "blue" } },
        { resumeCode, patient: firstSteps.patient, answers: { favouriteColour: "blue" } },
      ];
      for (const body of bodies) {
        const response = await save(body);
        expect(response.status).toBe(400);
        const payload = await response.json();
        expect(payload.error).toBe("invalid_request");
        expect(payload.issues.map((issue: { path: string }) => issue.path)).toEqual([expect.stringMatching(/^(extra|consent|patient\.nickname|answers\.favouriteColour)$/)]);
      }
      expect(await rawRows()).toEqual(rowsBefore);
    });

    it("an answer that the intake would refuse, named by its path", async () => {
      const { resumeCode } = await saved();
      const rowsBefore = await rawRows();
      const bad = [
        { patient: { ...firstSteps.patient, email: "not-an-email" }, answers: {} },
        { patient: { dateOfBirth: "2023-02-29" }, answers: {} },
        { patient: firstSteps.patient, answers: { keloids: "maybe" } },
        { resumeCode, patient: firstSteps.patient, answers: { concerns: [] } },
      ];
      const paths = [];
      for (const body of bad) {
        const response = await save(body);
        expect(response.status).toBe(400);
        paths.push(...(await response.json()).issues.map((issue: { path: string }) => issue.path));
      }
      expect(paths).toEqual(["patient.email", "patient.dateOfBirth", "answers.keloids", "answers.concerns"]);
      expect(await rawRows()).toEqual(rowsBefore);
    });

    it("a body that is not JSON, or not JSON's media type", async () => {
      expect((await save("{not json")).status).toBe(400);
      const response = await saveRoute(new Request("http://localhost/api/drafts", { method: "POST", headers: { "Content-Type": "text/plain" }, body: JSON.stringify(firstSteps) }));
      expect(response.status).toBe(415);
      expect(await db.draft.count()).toBe(0);
    });
  });

  it("deletes the expired drafts when any draft is saved", async () => {
    const old = await saved();
    await db.draft.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await saved();
    expect(await rowOf(old.resumeCode)).toBeNull();
    expect(await db.draft.count()).toBe(1);
  });
});

describe("POST /api/drafts/resume", () => {
  it("gives back the saved answers and the expiry for the right code and date of birth, however the code is typed", async () => {
    const receipt = await saved();
    for (const resumeCode of [receipt.resumeCode, receipt.resumeCode.toLowerCase(), receipt.resumeCode.replaceAll("-", " ").replaceAll("0", "o").replaceAll("1", "l")]) {
      const response = await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ ...firstSteps, expiresAt: receipt.expiresAt });
    }
    // A right date of birth gives its attempt back.
    expect((await rowOf(receipt.resumeCode))?.failedResumes).toBe(0);
  });

  it("answers a wrong date of birth and a wrong code with the same 404", async () => {
    const { resumeCode } = await saved();
    const wrongDate = await resume({ resumeCode, dateOfBirth: "1991-06-16" });
    const wrongCode = await resume({ resumeCode: "7K3P-9QXA-M2D5-HT8C", dateOfBirth: PATIENT.dateOfBirth });
    const notACode = await resume({ resumeCode: "MN-7K3P-9Q", dateOfBirth: PATIENT.dateOfBirth });
    for (const response of [wrongDate, wrongCode, notACode]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual(NOT_FOUND);
      expect([...response.headers.keys()].sort()).toEqual(["cache-control", "content-type"]);
    }
    expect((await rowOf(resumeCode))?.failedResumes).toBe(1);
  });

  it(`locks the draft for good after ${MAX_FAILED_RESUMES} wrong dates of birth: the right one is then 404 too, and the draft is deleted`, async () => {
    const { resumeCode } = await saved();
    for (let i = 1; i < MAX_FAILED_RESUMES; i++) {
      expect((await resume({ resumeCode, dateOfBirth: `1980-01-0${i}` })).status).toBe(404);
    }
    expect((await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth })).status).toBe(200);
    expect((await rowOf(resumeCode))?.failedResumes).toBe(MAX_FAILED_RESUMES - 1);

    expect((await resume({ resumeCode, dateOfBirth: "1980-01-09" })).status).toBe(404);
    expect(await rowOf(resumeCode)).toBeNull();
    const right = await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth });
    expect(right.status).toBe(404);
    expect(await right.json()).toEqual(NOT_FOUND);
    expect((await save({ resumeCode, ...firstSteps })).status).toBe(404);
  });

  it(`compares at most ${MAX_FAILED_RESUMES} dates of birth when 20 wrong guesses race each other`, async () => {
    const { resumeCode } = await saved();
    await recordAttempts();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => resume({ resumeCode, dateOfBirth: `1970-01-${String(i + 1).padStart(2, "0")}` })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(404));
    expect(await attemptsTaken()).toBe(MAX_FAILED_RESUMES);
    expect(await rowOf(resumeCode)).toBeNull();
    expect((await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth })).status).toBe(404);
  });

  it("answers 404 to an expired draft, which the sweep deletes", async () => {
    const { resumeCode } = await saved();
    const live = await saved();
    await db.draft.update({ where: { id: (await rowOf(resumeCode))!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const rowsBefore = await rawRows();

    const response = await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual(NOT_FOUND);
    expect(await rawRows()).toEqual(rowsBefore);

    expect(await deleteExpiredDrafts(db, new Date())).toBe(1);
    expect(await rowOf(resumeCode)).toBeNull();
    expect(await rowOf(live.resumeCode)).not.toBeNull();
  });

  it("refuses a request without a code or a real date of birth, or with other keys, with 400", async () => {
    const { resumeCode } = await saved();
    for (const body of [{ dateOfBirth: PATIENT.dateOfBirth }, { resumeCode, dateOfBirth: "15/06/1991" }, { resumeCode }, { resumeCode, dateOfBirth: PATIENT.dateOfBirth, firstName: "Jane" }]) {
      const response = await resume(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("invalid_request");
    }
    expect((await rowOf(resumeCode))?.failedResumes).toBe(0);
  });
});

describe("the hourly sweep", () => {
  it("deletes expired drafts at once and then on every tick, and leaves live ones", async () => {
    const first = await saved();
    const live = await saved();
    await db.draft.update({ where: { id: (await rowOf(first.resumeCode))!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const stop = startDraftHousekeeping(db, 50);
    try {
      await expect.poll(() => rowOf(first.resumeCode)).toBeNull();
      const second = await saved();
      await db.draft.update({ where: { id: (await rowOf(second.resumeCode))!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await expect.poll(() => rowOf(second.resumeCode)).toBeNull();
    } finally {
      stop();
    }
    expect(await rowOf(live.resumeCode)).not.toBeNull();
  });
});

describe("a draft at rest", () => {
  it("holds no answer, name, email, date of birth or resume code in any column", async () => {
    const distinctive = {
      patient: { firstName: "Zebedee", lastName: "Quillfeather", dateOfBirth: "1987-03-21", email: "zebedee.q@example.com", phone: "+44 20 7946 0321" },
      answers: { ...SAFE_ANSWERS, concerns: ["acne_scars", "other"], concernsOther: "Chickenpox marks", medications: "Warfarin 5mg nightly", bloodThinners: "yes" },
    };
    const { resumeCode } = await saved(distinctive);
    const updated = await save({ resumeCode, ...distinctive, answers: { ...distinctive.answers, otherConditions: "Eczema flare" } });
    expect(updated.status).toBe(200);

    const [row] = await rawRows();
    const stored = Object.values(row!)
      .map((value) => (value instanceof Uint8Array ? [Buffer.from(value).toString("latin1"), Buffer.from(value).toString("hex")].join(" ") : String(value)))
      .join(" ")
      .toLowerCase();
    const secrets = [
      ...Object.values(distinctive.patient),
      "chickenpox",
      "warfarin",
      "eczema",
      "acne_scars",
      "bloodthinners",
      "concerns",
      resumeCode,
      normaliseResumeCode(resumeCode)!,
      Buffer.from(normaliseResumeCode(resumeCode)!).toString("hex"),
    ];
    for (const secret of secrets) expect(stored).not.toContain(secret.toLowerCase());
    expect(Object.keys(row!).sort()).toEqual(["ciphertext", "codeHash", "createdAt", "expiresAt", "failedResumes", "id", "iv", "updatedAt"]);
  });
});

describe("submitting the intake with the Resume-Code header", () => {
  it("deletes that draft with the new submission; another draft stays", async () => {
    const { resumeCode } = await saved();
    const other = await saved();
    const response = await submitRoute(postJson("/api/submissions", intakeWith(), { "Resume-Code": resumeCode.toLowerCase() }));
    expect(response.status).toBe(201);
    const { id } = await response.json();
    expect(await db.submission.findUnique({ where: { id } })).not.toBeNull();
    expect(await rowOf(resumeCode)).toBeNull();
    expect(await rowOf(other.resumeCode)).not.toBeNull();
  });

  it("still stores the submission when the code is unknown or not a code, and deletes no draft", async () => {
    const { resumeCode } = await saved();
    for (const header of ["0000-0000-0000-0000", "nonsense", ""]) {
      const response = await submitRoute(postJson("/api/submissions", intakeWith(), { "Resume-Code": header }));
      expect(response.status).toBe(201);
    }
    expect(await rowOf(resumeCode)).not.toBeNull();
  });

  it("answers a replay with the first receipt, and deletes nothing when the submission is refused", async () => {
    const { resumeCode } = await saved();
    const key = `replay-${crypto.randomUUID()}`;
    const refused = await submitRoute(postJson("/api/submissions", { ...intakeWith(), consent: {} }, { "Resume-Code": resumeCode }));
    expect(refused.status).toBe(400);
    expect(await rowOf(resumeCode)).not.toBeNull();

    const first = await submitRoute(postJson("/api/submissions", intakeWith(), { "Resume-Code": resumeCode, "Idempotency-Key": key }));
    expect(first.status).toBe(201);
    expect(await rowOf(resumeCode)).toBeNull();
    const again = await submitRoute(postJson("/api/submissions", intakeWith(), { "Resume-Code": resumeCode, "Idempotency-Key": key }));
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());

    // The same key with other answers is a conflict: it must not take a second draft with it.
    const second = await saved();
    const conflict = await submitRoute(postJson("/api/submissions", intakeWith({ answers: { keloids: "yes" } }), { "Resume-Code": second.resumeCode, "Idempotency-Key": key }));
    expect(conflict.status).toBe(409);
    expect(await rowOf(second.resumeCode)).not.toBeNull();
  });
});

describe("rate limits", () => {
  it(`save and resume share ${rateLimits.draftsPerMinute} requests a minute per client address; a refusal is 429 with Retry-After and writes nothing`, async () => {
    const address = newClientAddress();
    const from = { "X-Forwarded-For": address };
    const responses = await Promise.all(Array.from({ length: rateLimits.draftsPerMinute + 5 }, () => save(firstSteps, from)));
    const refused = responses.filter((response) => response.status === 429);
    expect(responses.filter((response) => response.status === 201)).toHaveLength(rateLimits.draftsPerMinute);
    expect(refused).toHaveLength(5);
    expect(await refused[0]!.json()).toEqual({ error: "rate_limited" });
    for (const response of refused) expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db.draft.count()).toBe(rateLimits.draftsPerMinute);

    const { resumeCode } = await (await save(firstSteps)).json();
    const rowsBefore = await rawRows();
    const resumed = await resume({ resumeCode, dateOfBirth: "1980-01-01" }, from);
    expect(resumed.status).toBe(429);
    expect(await resumed.json()).toEqual({ error: "rate_limited" });
    expect((await save({ resumeCode, ...firstSteps }, from)).status).toBe(429);
    expect(await rawRows()).toEqual(rowsBefore);
  });
});

describe("staff", () => {
  beforeAll(async () => {
    await seedStaff();
  });

  it("never see drafts: the list, its counts, search, the export and the audit log are the same with drafts saved", async () => {
    await submitRoute(postJson("/api/submissions", intakeWith()));
    const clinician = await signedInHeaders(DEMO_EMAILS.clinician);
    const admin = await signedInHeaders(DEMO_EMAILS.admin);
    const staffView = async () => ({
      list: await (await listRoute(new Request("http://localhost/api/submissions?limit=100", { headers: clinician }))).json(),
      search: await (await listRoute(new Request("http://localhost/api/submissions?q=Zebedee", { headers: clinician }))).json(),
      counts: await countSubmissions(db, {}),
      csv: await (await exportRoute(new Request("http://localhost/api/submissions/export", { headers: clinician }))).text(),
    });
    const auditEvents = async () => (await (await auditRoute(new Request("http://localhost/api/audit?limit=100", { headers: admin }))).json()).items;

    const before = await staffView();
    const auditBefore = await auditEvents();
    const { resumeCode } = await saved({ patient: { firstName: "Zebedee", dateOfBirth: PATIENT.dateOfBirth }, answers: {} });
    await save({ resumeCode, patient: { firstName: "Zebedee", dateOfBirth: PATIENT.dateOfBirth }, answers: { keloids: "yes" } });
    await resume({ resumeCode, dateOfBirth: PATIENT.dateOfBirth });
    await resume({ resumeCode, dateOfBirth: "1980-01-01" });
    expect(await auditEvents()).toEqual(auditBefore);

    const after = await staffView();
    expect(after).toEqual(before);
    expect(before.search.items).toEqual([]);
    expect(before.list.items.length).toBeGreaterThan(0);
    expect(await db.draft.count()).toBe(1);
  });
});

/**
 * From now on, every attempt a resume takes on a draft (an increase of its `failedResumes`)
 * is also written to `draft_attempts`, by a trigger in the database itself.
 */
async function recordAttempts(): Promise<void> {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS draft_attempts (taken INTEGER NOT NULL)`);
  await db.$executeRawUnsafe(`DELETE FROM draft_attempts`);
  if (providerOf(db) === "sqlite") {
    await db.$executeRawUnsafe(`CREATE TRIGGER IF NOT EXISTS draft_attempt AFTER UPDATE OF "failedResumes" ON "drafts"
      WHEN NEW."failedResumes" > OLD."failedResumes"
      BEGIN INSERT INTO draft_attempts (taken) VALUES (NEW."failedResumes"); END`);
  } else {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION record_draft_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO draft_attempts (taken) VALUES (NEW."failedResumes"); RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER draft_attempt AFTER UPDATE OF "failedResumes" ON "drafts"
      FOR EACH ROW WHEN (NEW."failedResumes" > OLD."failedResumes") EXECUTE FUNCTION record_draft_attempt()`);
  }
}

async function attemptsTaken(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM draft_attempts`);
  return Number(row!.n);
}
