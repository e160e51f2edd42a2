import "server-only";
import { byCodeUnits } from "@/lib/code-unit-order";
import { adapterQuery } from "@/lib/server/db/adapter-query";
import { groupCommit } from "@/lib/server/db/group-commit";
import { Prisma, type Database } from "@/lib/server/db/client";

/** A submission row as `createSubmission` builds it: every column it sets, in the ORM's types. */
export type SubmissionRow = Prisma.SubmissionCreateManyInput;

/** A new submission's row, and the statements that commit with it. */
interface SubmissionWrite {
  row: SubmissionRow;
  /**
   * The draft's DELETE and the outbox's writes for this row, to run after the INSERT in its
   * transaction. Each acts only if the row is there, so a row that was not stored (a taken
   * idempotency key or reference) changes nothing else. Built anew for every attempt.
   */
  followers(): readonly Prisma.PrismaPromise<unknown>[];
}

/**
 * Rows in one INSERT: 32 rows of 25 values stay far below the parameters a statement may
 * bind (SQLite 32,766, PostgreSQL 65,535), and a batch larger than the requests one server
 * takes in one turn of its event loop is rare.
 */
const MAX_ROWS_PER_BATCH = 32;

const batches = new WeakMap<Database, ReturnType<typeof submissionBatches>>();

/**
 * Stores a new submission with the statements that go with it; true when its row was stored.
 *
 * The writes of submissions arriving together go as one transaction (`groupCommit`): one
 * INSERT of all their rows, `ON CONFLICT DO NOTHING` so that a duplicate is an answer to
 * read rather than an error that would undo the others, then each row's followers. Should
 * the batch fail as a whole (a row the database refuses), each submission is tried again on
 * its own, so one bad row fails only its own request.
 */
export function storeSubmission(db: Database, write: SubmissionWrite): Promise<boolean> {
  let loader = batches.get(db);
  if (loader === undefined) batches.set(db, (loader = submissionBatches(db)));
  return loader.load(write);
}

function submissionBatches(db: Database) {
  return groupCommit<SubmissionWrite, boolean>(async (writes) => {
    try {
      return await storeTogether(db, writes);
    } catch (error) {
      if (writes.length === 1) throw error;
      // A batch may fail after it committed (PostgreSQL's connection lost while COMMIT was
      // answered): its rows are stored, with everything that goes with them, and only the
      // rows that are not there are tried again.
      const ids = writes.map((write) => write.row.id);
      const present = new Set((await db.submission.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(({ id }) => id));
      return Promise.all(
        writes.map((write) => (present.has(write.row.id) ? true : storeTogether(db, [write]).then(([stored]) => stored!, (failure: Error) => failure))),
      );
    }
  }, MAX_ROWS_PER_BATCH);
}

/** One transaction for `writes`: whether each row was stored, in order. */
async function storeTogether(db: Database, writes: readonly SubmissionWrite[]): Promise<boolean[]> {
  // Key order, so that two batches on PostgreSQL holding the same two keys (a double click on
  // two servers) take the keys' locks in the same order instead of deadlocking.
  const rows = writes.map((write) => write.row).sort((a, b) => byCodeUnits(a.idempotencyKey ?? "", b.idempotencyKey ?? ""));
  const insert = insertSubmissionsSql(rows);
  const followers = writes.flatMap((write) => write.followers());
  const stored =
    followers.length === 0
      ? await adapterQuery<{ id: string }>(db, insert)
      : (await db.$transaction([db.$queryRaw<{ id: string }[]>(insert), ...followers]))[0]!;
  const ids = new Set(stored.map(({ id }) => id));
  return writes.map((write) => ids.has(write.row.id));
}

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
 * The INSERT of `rows` (which all set the same columns): it returns the ids of the rows it
 * stored, leaving out any whose id, reference or idempotency key is taken.
 *
 * A raw statement: `db.submission.createMany` spends about three times the CPU (Prisma's
 * query compiler builds and interprets a plan for it, the largest item in a profile of the
 * route), and the use case needs nothing back but which rows went in. Alone, it goes
 * straight to the driver adapter (`adapterQuery`); with followers, in Prisma's transaction.
 */
function insertSubmissionsSql(rows: readonly SubmissionRow[]): Prisma.Sql {
  // The column names are the row type's own keys, never input: safe to write into the SQL.
  const columns = Object.keys(rows[0]!) as (keyof SubmissionRow)[];
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const values = Prisma.join(rows.map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => bound(row[column])))})`));
  return Prisma.sql`INSERT INTO "submissions" (${names}) VALUES ${values} ON CONFLICT DO NOTHING RETURNING "id"`;
}
