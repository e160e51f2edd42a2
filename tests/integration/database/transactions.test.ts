import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";

const db = getDatabase();
afterAll(() => db.$disconnect());

const auditEvent = (action: string) => ({
  id: crypto.randomUUID(),
  action,
  outcome: "success",
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Prisma queries are lazy: this sends one now, as a concurrent request would. */
const sendNow = <T>(query: PromiseLike<T>): Promise<T> => (async () => query)();

describe("a transaction that rolls back", () => {
  // Regression: with the upstream adapter, the concurrent create below ran inside the open
  // transaction and was rolled back with it, although it had already returned.
  it("does not take another request's write with it", async () => {
    const doomed = auditEvent("doomed");
    const concurrent = auditEvent("concurrent");

    let signalWritten!: () => void;
    const transactionHasWritten = new Promise<void>((resolve) => (signalWritten = resolve));

    const rolledBack = db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: doomed });
      signalWritten();
      await sleep(150); // the other request's write is issued while this transaction is open
      throw new Error("roll back");
    });
    await transactionHasWritten;
    const write = sendNow(db.auditEvent.create({ data: concurrent }));

    await expect(rolledBack).rejects.toThrow("roll back");
    await expect(write).resolves.toMatchObject({ id: concurrent.id });

    const stored = await db.auditEvent.findMany({ where: { id: { in: [doomed.id, concurrent.id] } } });
    expect(stored.map((row) => row.action)).toEqual(["concurrent"]);
  });

  it("rolls back every statement of a failed array transaction, and only those", async () => {
    const first = auditEvent("first-of-batch");
    const survivor = auditEvent("survivor");

    const batch = sendNow(db.$transaction([
      db.auditEvent.create({ data: first }),
      db.auditEvent.create({ data: first }), // same id: fails, so the batch rolls back
    ]));
    const write = sendNow(db.auditEvent.create({ data: survivor }));

    await expect(batch).rejects.toThrow();
    await expect(write).resolves.toMatchObject({ id: survivor.id });
    const stored = await db.auditEvent.findMany({ where: { id: { in: [first.id, survivor.id] } } });
    expect(stored.map((row) => row.action)).toEqual(["survivor"]);
  });
});

describe("the audit log", () => {
  it("refuses to change or delete an entry, in the database itself", async () => {
    const event = auditEvent("kept");
    await db.auditEvent.create({ data: event });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "changed" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect(await db.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ action: "kept" });
  });
});
