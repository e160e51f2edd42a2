import "server-only";
import { z } from "zod";
import { isValidText } from "@/lib/server/http/malformed-text";

/** Where the previous page ended: its last row's time and id. */
interface Cursor {
  at: Date;
  id: string;
}

/** An opaque cursor for the row that ended a page. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

// Only a time as encodeCursor writes it: Date also parses "+275760-09-13T00:00:00.000Z",
// which the database cannot hold (a 500 until refused here).
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function decodeCursor(value: string): Cursor | undefined {
  const [iso = "", id] = Buffer.from(value, "base64url").toString().split("|");
  const at = new Date(iso);
  return id && isValidText(id) && CURSOR_TIME.test(iso) && !Number.isNaN(at.getTime()) ? { at, id } : undefined;
}

/** The `cursor` query parameter: a value from an earlier page's `nextCursor`. */
export const cursorParam = z
  .string()
  .max(200)
  .refine((value) => decodeCursor(value) !== undefined, { message: "Use the nextCursor of an earlier page" });

/**
 * The rows strictly after the cursor in (time, id) order. Unlike Prisma's `cursor` + `skip`,
 * this needs no row to still match the filter: when the last row of a page has left the
 * list (a submission just decided), the next page still starts in the right place.
 *
 * Written as `time <= t AND (time < t OR id < i)` rather than `time < t OR (time = t AND id
 * < i)`: both select the same rows, but with the second form SQLite sorted every older row
 * when the adapter bound LIMIT as a BigInt, where the first walks the index whatever the
 * binding (see shared toolchain notes; tests/integration/database/query-plans.test.ts).
 */
export function rowsAfter<Field extends string>(field: Field, cursor: string | undefined, direction: "asc" | "desc") {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (!after) return {};
  const [reached, beyond] = direction === "asc" ? (["gte", "gt"] as const) : (["lte", "lt"] as const);
  return {
    [field]: { [reached]: after.at },
    OR: [{ [field]: { [beyond]: after.at } }, { id: { [beyond]: after.id } }],
  } as Record<Field, unknown> & Record<"OR", Record<Field | "id", unknown>[]>;
}
