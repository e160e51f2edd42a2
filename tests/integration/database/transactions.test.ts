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
  // Regression: with the upstream adapter, the concurrent creates below ran inside the open
  // transaction and were rolled back with it, although they had already returned. On SQLite
  // they also share one cached prepared statement with the rolled-back INSERT (one SQL text),
  // so each must still store its own values.
  it("does not take other requests' writes with it", async () => {
    const doomed = auditEvent("doomed");
    const concurrent = Array.from({ length: 5 }, (_, index) => auditEvent(`concurrent-${index}`));

    let signalWritten!: () => void;
    const transactionHasWritten = new Promise<void>((resolve) => (signalWritten = resolve));

    const rolledBack = db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: doomed });
      signalWritten();
      await sleep(150); // the other requests' writes are issued while this transaction is open
      throw new Error("roll back");
    });
    await transactionHasWritten;
    const writes = concurrent.map((event) => sendNow(db.auditEvent.create({ data: event })));

    await expect(rolledBack).rejects.toThrow("roll back");
    expect(await Promise.all(writes)).toMatchObject(concurrent);

    const stored = await db.auditEvent.findMany({
      where: { id: { in: [doomed.id, ...concurrent.map((event) => event.id)] } },
      orderBy: { action: "asc" },
    });
    expect(stored.map(({ id, action }) => ({ id, action }))).toEqual(concurrent.map(({ id, action }) => ({ id, action })));
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
