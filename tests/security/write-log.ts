import type { Database } from "@/lib/server/db/client";

// Every insert, update and delete in the test's database is logged by a trigger into
// `fuzz_writes`, in the same transaction as the write itself (so a rolled-back write leaves
// no entry). That catches what before/after row counts miss: an update, or an insert and a
// delete that cancel out.

/** Writes counted by kind: `table/insert`, `table/update`, `table/delete`; audit inserts as `audit_events/insert action/outcome`. */
export type Writes = Record<string, number>;

// `rate_limits` counts attempts, refused ones included: moving it on a refusal is its job.
const UNWATCHED = new Set(["_prisma_migrations", "rate_limits", "fuzz_writes"]);

/**
 * Adds the triggers to every table of this (SQLite) test database, read from its schema so
 * that a table added later is watched too. Call once, before any request.
 */
export async function watchWrites(db: Database): Promise<void> {
  await db.$executeRawUnsafe("CREATE TABLE fuzz_writes (kind TEXT NOT NULL)");
  const tables = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  // The names come from the database's own schema, not from a request.
  for (const { name } of tables.filter((table) => !UNWATCHED.has(table.name))) {
    for (const event of ["INSERT", "UPDATE", "DELETE"] as const) {
      const kind = name === "audit_events" && event === "INSERT"
        ? `'audit_events/insert ' || NEW.action || '/' || NEW.outcome`
        : `'${name}/${event.toLowerCase()}'`;
      await db.$executeRawUnsafe(
        `CREATE TRIGGER "fuzz_${name}_${event}" AFTER ${event} ON "${name}" BEGIN INSERT INTO fuzz_writes (kind) VALUES (${kind}); END`,
      );
    }
  }
}

/** The writes since the last call, counted by kind; the log starts empty again. */
export async function takeWrites(db: Database): Promise<Writes> {
  const rows = await db.$queryRawUnsafe<{ kind: string }[]>("DELETE FROM fuzz_writes RETURNING kind");
  const writes: Writes = {};
  for (const { kind } of rows) writes[kind] = (writes[kind] ?? 0) + 1;
  return writes;
}
