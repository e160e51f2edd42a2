import "server-only";
import { Prisma, type Database } from "@/lib/server/db/client";

/** A submission row as `createSubmission` builds it: every column it sets, in the ORM's types. */
export type SubmissionRow = Prisma.SubmissionCreateManyInput;

/**
 * A value as the raw query binds it. Json columns go as their JSON text, which is what the
 * ORM binds too: SQLite stores that text, PostgreSQL parses it into the jsonb column (a
 * parameter of an INSERT takes its column's type). Dates and booleans are converted by the
 * driver adapter exactly as for the ORM's own writes, so a row stored here reads back
 * through Prisma as one stored by `db.submission.create`
 * (tests/integration/database/submission-insert.test.ts compares the stored forms).
 */
function bound(value: SubmissionRow[keyof SubmissionRow]): unknown {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value;
}

/**
 * Stores `row` in one round trip, unless a row with the same id, reference or idempotency
 * key is there already: `ON CONFLICT DO NOTHING`, so a duplicate is an answer to read rather
 * than an error to catch. True when the row was stored.
 *
 * A raw query: `db.submission.create` spends about three times the CPU (Prisma's query
 * compiler builds and interprets a plan for the create and its select, the largest item in
 * a profile of the route), and the use case needs nothing back but whether the row went in.
 * The SQL text is the same on every call, so the SQLite adapter's statement cache serves it.
 */
export async function insertSubmission(db: Database, row: SubmissionRow): Promise<boolean> {
  return (await insertSubmissionQuery(db, row)).length === 1;
}

/** The same INSERT, not yet sent, for `$transaction([...])`: it returns the stored row's id, or nothing. */
export function insertSubmissionQuery(db: Database, row: SubmissionRow) {
  // The column names are the row type's own keys, never input: safe to write into the SQL.
  const columns = Object.keys(row) as (keyof SubmissionRow)[];
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const values = Prisma.join(columns.map((column) => bound(row[column])));
  return db.$queryRaw<{ id: string }[]>`
    INSERT INTO "submissions" (${names}) VALUES (${values}) ON CONFLICT DO NOTHING RETURNING "id"`;
}
