import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/submissions/route";
import { getDatabase } from "@/lib/server/db/client";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";

// References are random: the only way to make one collide is to choose the draws.
const draws = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/server/submissions/reference", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/submissions/reference")>();
  return { newReference: () => draws.shift() ?? original.newReference() };
});

const db = getDatabase();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await db.submission.deleteMany();
  draws.length = 0;
});

const submit = (headers: Record<string, string> = {}) => POST(postJson("/api/submissions", intakeWith(), headers));

describe("a reference already taken", () => {
  it("is drawn again, and the submission stored under the new one", async () => {
    draws.push("MN-AAAA-AA", "MN-AAAA-AA", "MN-BBBB-BB");
    const first = await (await submit()).json();

    const response = await submit({ "Idempotency-Key": "second" });

    expect(response.status).toBe(201);
    expect(first.reference).toBe("MN-AAAA-AA");
    expect((await response.json()).reference).toBe("MN-BBBB-BB");
    const stored = await db.submission.findMany({ orderBy: { reference: "asc" }, select: { reference: true, idempotencyKey: true } });
    expect(stored).toEqual([
      { reference: "MN-AAAA-AA", idempotencyKey: null },
      { reference: "MN-BBBB-BB", idempotencyKey: "second" },
    ]);
  });

  it("fails the request, storing nothing, when every draw is taken", async () => {
    draws.push(...Array<string>(6).fill("MN-AAAA-AA"));
    await submit();

    const response = await submit({ "Idempotency-Key": "unlucky" });

    expect(response.status).toBe(500);
    expect(await db.submission.count()).toBe(1);
  });
});
