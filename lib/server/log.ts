import "server-only";
import pino from "pino";

/**
 * The server's logger. Never pass it a request body, answers, names or a raw error
 * message (a database error can quote the values it refused): log names and codes only.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
});

/**
 * What is safe to log about an unexpected error: its class and code, never its text. A
 * statement sent straight to Prisma's driver adapter (lib/server/db/adapter-query.ts) fails
 * with a `DriverAdapterError`, whose code is its cause's `kind` (such as
 * "NullConstraintViolation"); the rest of that cause may quote the values refused.
 */
export function describeError(error: unknown): { errorName: string; errorCode?: string } {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code = (error as { code?: unknown }).code ?? (error.cause as { kind?: unknown } | undefined)?.kind;
  return { errorName: error.name, ...(typeof code === "string" ? { errorCode: code } : {}) };
}
