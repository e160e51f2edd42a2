import "server-only";
import { Prisma } from "./client";

/** A write refused by a unique index: a concurrent request (or another app server) stored the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
