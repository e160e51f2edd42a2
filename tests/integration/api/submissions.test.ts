import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/submissions/route";
import { assess } from "@/lib/screening";
import { getDatabase } from "@/lib/server/db/client";
import { MAX_BODY_BYTES } from "@/lib/server/http/read-input";
import { intakeWith, PATIENT } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";

const db = getDatabase();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await db.submission.deleteMany();
});

const submit = (body: unknown, headers: Record<string, string> = {}) => POST(postJson("/api/submissions", body, headers));
const count = () => db.submission.count();

describe("POST /api/submissions", () => {
  it("stores a valid intake and answers 201 with the receipt", async () => {
    const response = await submit(intakeWith({ answers: { bloodThinners: "yes" } }));

    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const receipt = await response.json();
    expect(Object.keys(receipt).sort()).toEqual(["createdAt", "id", "outcome", "policyVersion", "reasons", "reference"]);
    expect(receipt.outcome).toBe("needs_review");
    expect(receipt.reasons.map((reason: { rule: string }) => reason.rule)).toEqual(["blood_thinners"]);
    expect(receipt.reference).toMatch(/^MN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(receipt.policyVersion).toBe("2026-11.1");

    const row = await db.submission.findUniqueOrThrow({ where: { id: receipt.id } });
    expect(row).toMatchObject({
      reference: receipt.reference,
      firstName: PATIENT.firstName,
      lastName: PATIENT.lastName,
      dateOfBirth: PATIENT.dateOfBirth,
      email: PATIENT.email,
      phone: PATIENT.phone,
      outcome: "needs_review",
      reviewStatus: "new",
      consentStoreAndReview: true,
      consentAccurate: true,
      signature: `${PATIENT.firstName} ${PATIENT.lastName}`,
      questionnaireVersion: 1,
    });
    expect(row.consentedAt.toISOString()).toBe(receipt.createdAt);
  });

  it("stores the assessment that assess() gives for the stored answers", async () => {
    const intake = intakeWith({ answers: { coldSores: "history", skinType: "VI", diabetes: "unsure" } });
    const receipt = await (await submit(intake)).json();

    const row = await db.submission.findUniqueOrThrow({ where: { id: receipt.id } });
    const again = assess({ patient: { dateOfBirth: row.dateOfBirth }, answers: row.answers as typeof intake.answers }, row.createdAt);
    expect({ outcome: row.outcome, reasons: row.reasons, policyVersion: row.policyVersion }).toEqual({
      outcome: again.outcome,
      reasons: again.reasons,
      policyVersion: again.policyVersion,
    });
    expect(row.answers).toEqual(intake.answers);
  });

  describe("rejects bad input and writes nothing", () => {
    it("400 with one issue per problem, in dot paths", async () => {
      const intake = intakeWith();
      const body = {
        ...intake,
        patient: { ...intake.patient, dateOfBirth: "2023-02-29" },
        answers: { ...intake.answers, keloids: "maybe", surprise: true },
      };
      const response = await submit(body);
      expect(response.status).toBe(400);
      const payload = await response.json();
      expect(payload.error).toBe("invalid_request");
      expect(payload.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
        "answers.keloids",
        "answers.surprise",
        "patient.dateOfBirth",
      ]);
      for (const issue of payload.issues) expect(issue.message).toEqual(expect.any(String));
      expect(await count()).toBe(0);
    });

    it("400 for a body that is not JSON", async () => {
      const response = await submit("{ not json");
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe("invalid_request");
      expect(await count()).toBe(0);
    });

    it("400 for a malformed Idempotency-Key", async () => {
      const response = await submit(intakeWith(), { "Idempotency-Key": "x".repeat(201) });
      expect(response.status).toBe(400);
      expect((await response.json()).issues[0].path).toBe("Idempotency-Key");
      expect(await count()).toBe(0);
    });

    it("415 for a body that is not application/json", async () => {
      const response = await POST(
        new Request("http://localhost/api/submissions", {
          method: "POST",
          headers: { "Content-Type": "text/plain" },
          body: JSON.stringify(intakeWith()),
        }),
      );
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ error: "unsupported_media_type" });
      expect(await count()).toBe(0);
    });

    it("413 for a body over 64 KiB", async () => {
      const intake = intakeWith();
      const body = JSON.stringify({ ...intake, answers: { ...intake.answers, medications: "x".repeat(MAX_BODY_BYTES) } });
      const response = await submit(body);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: "payload_too_large" });
      expect(await count()).toBe(0);
    });

    it("413 when the body is larger than its Content-Length said", async () => {
      const big = "x".repeat(MAX_BODY_BYTES + 1);
      const stream = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      });
      const response = await POST(
        new Request("http://localhost/api/submissions", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Content-Length": "10" },
          body: stream,
          duplex: "half",
        } as RequestInit),
      );
      expect(response.status).toBe(413);
      expect(await count()).toBe(0);
    });
  });

  describe("idempotency", () => {
    it("answers a replay with the first receipt and stores one record", async () => {
      const headers = { "Idempotency-Key": "replay-1" };
      const first = await submit(intakeWith(), headers);
      const second = await submit(intakeWith(), headers);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(await second.json()).toEqual(await first.json());
      expect(await count()).toBe(1);
    });

    it("treats the same content in another key order as the same request", async () => {
      const intake = intakeWith();
      const reordered = { consent: intake.consent, answers: intake.answers, patient: intake.patient };
      await submit(intake, { "Idempotency-Key": "order" });
      const again = await submit(reordered, { "Idempotency-Key": "order" });
      expect(again.status).toBe(201);
      expect(await count()).toBe(1);
    });

    it("409 for the same key with another body, and keeps the first", async () => {
      const first = await (await submit(intakeWith(), { "Idempotency-Key": "conflict" })).json();
      const response = await submit(intakeWith({ answers: { keloids: "yes" } }), { "Idempotency-Key": "conflict" });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: "idempotency_conflict" });
      const rows = await db.submission.findMany();
      expect(rows.map((row) => row.id)).toEqual([first.id]);
      expect(rows[0]?.outcome).toBe("eligible");
    });

    it("stores one record for 20 concurrent requests with one key", async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => submit(intakeWith(), { "Idempotency-Key": "double-click" })),
      );
      const receipts = await Promise.all(responses.map((response) => response.json()));
      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
      expect(new Set(receipts.map((receipt) => receipt.id)).size).toBe(1);
      expect(await count()).toBe(1);
    });

    it("stores 50 records for 50 concurrent distinct submissions", async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          submit(intakeWith({ patient: { email: `patient${i}@example.com` } }), { "Idempotency-Key": `distinct-${i}` }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
      const receipts = await Promise.all(responses.map((response) => response.json()));
      expect(new Set(receipts.map((receipt) => receipt.reference)).size).toBe(50);
      expect(await count()).toBe(50);
    });
  });
});
