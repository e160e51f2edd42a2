import "server-only";
import { z } from "zod";

/** Where the previous page ended: its last row's time and id. */
interface Cursor {
  at: Date;
  id: string;
}

/** An opaque cursor for the row that ended a page. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

function decodeCursor(value: string): Cursor | undefined {
  const [iso, id] = Buffer.from(value, "base64url").toString().split("|");
  const at = new Date(iso ?? "");
  return id && !Number.isNaN(at.getTime()) ? { at, id } : undefined;
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
 */
export function rowsAfter<Field extends string>(field: Field, cursor: string | undefined, direction: "asc" | "desc") {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (!after) return {};
  const beyond = direction === "asc" ? "gt" : "lt";
  return {
    OR: [{ [field]: { [beyond]: after.at } }, { [field]: after.at, id: { [beyond]: after.id } }],
  } as Record<"OR", Record<Field | "id", unknown>[]>;
}
