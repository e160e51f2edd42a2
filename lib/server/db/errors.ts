import "server-only";
import { Prisma } from "./client";

/** A write refused by a unique index: a concurrent request (or another app server) stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * An update or delete that found no row to change. An `update` whose `where` also names the
 * state it expects fails so when a concurrent request changed that state first, and inside
 * `$transaction([...])` that rolls back the whole batch.
 */
export function isMissingRecord(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
