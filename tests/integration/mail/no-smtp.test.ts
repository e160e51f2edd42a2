import { afterAll, describe, expect, it } from "vitest";
import { POST as submit } from "@/app/api/submissions/route";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";

const db = getDatabase();
afterAll(() => db.$disconnect());

describe("without SMTP_URL and MAIL_FROM", () => {
  it("writes nothing to the outbox, for a submission that needs review and asks for a copy", async () => {
    expect(getConfig().mail).toBeUndefined();
    await db.user.create({ data: { id: crypto.randomUUID(), name: "Dr Lane", email: "lane@staff.clinic.example", role: "clinician" } });
    const intake = intakeWith({ answers: { bloodThinners: "yes" } });
    const response = await submit(postJson("/api/submissions", { ...intake, consent: { ...intake.consent, emailCopy: true } }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ outcome: "needs_review" });
    expect(await db.outboxMessage.count()).toBe(0);
    expect(await db.mailAlertWindow.count()).toBe(0);
  });
});
