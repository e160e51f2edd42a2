import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/assessments/route";
import { getDatabase } from "@/lib/server/db/client";
import { MAX_BODY_BYTES } from "@/lib/server/http/read-input";
import { log } from "@/lib/server/log";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";

const db = getDatabase();
afterAll(() => db.$disconnect());

const assessBody = (body: unknown) => POST(postJson("/api/assessments", body));

// Nothing may be stored or logged, whatever the request.
const logged = vi.fn();
const levels = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
let spies: { mockRestore(): void }[] = [];
beforeEach(() => {
  spies = levels.map((level) => vi.spyOn(log, level).mockImplementation(logged));
});
afterEach(async () => {
  expect(logged).not.toHaveBeenCalled();
  expect(await db.submission.count()).toBe(0);
  expect(await db.auditEvent.count()).toBe(0);
  for (const spy of spies) spy.mockRestore();
  logged.mockClear();
});

describe("POST /api/assessments", () => {
  it("screens a date of birth and answers: 200 with the contract's fields", async () => {
    const { patient, answers } = intakeWith({ answers: { pregnantOrBreastfeeding: "yes", metalAllergy: "yes" } });
    const response = await assessBody({ patient: { dateOfBirth: patient.dateOfBirth }, answers });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const result = await response.json();
    expect(result).toMatchObject({ outcome: "not_suitable", policyVersion: "2026-11.1", questionnaireVersion: 1 });
    expect(result.reasons.map((reason: { rule: string }) => reason.rule)).toEqual(["pregnancy", "metal_allergy"]);
    for (const reason of result.reasons) {
      expect(Object.keys(reason).sort()).toEqual(["clinicianNote", "level", "patientMessage", "rule", "temporary"]);
    }
  });

  it("accepts and ignores the other patient fields and the consent", async () => {
    const response = await assessBody(intakeWith());
    expect(response.status).toBe(200);
    expect((await response.json()).outcome).toBe("eligible");
  });

  it("400 with an issue per problem, and unknown fields rejected", async () => {
    const withoutKeloids: Record<string, unknown> = { ...intakeWith().answers };
    delete withoutKeloids.keloids;
    const response = await assessBody({ patient: { dateOfBirth: "2999-01-01" }, answers: { ...withoutKeloids, extra: 1 } });
    expect(response.status).toBe(400);
    const payload = await response.json();
    expect(payload.error).toBe("invalid_request");
    expect(payload.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      "answers.extra",
      "answers.keloids",
      "patient.dateOfBirth",
    ]);
  });

  it("400 for a body that is not JSON", async () => {
    const response = await assessBody("nope");
    expect(response.status).toBe(400);
  });

  it("413 over 64 KiB and 415 for another media type", async () => {
    expect((await assessBody("x".repeat(MAX_BODY_BYTES + 1))).status).toBe(413);
    const plain = new Request("http://localhost/api/assessments", { method: "POST", body: "{}" });
    expect((await POST(plain)).status).toBe(415);
  });
});
