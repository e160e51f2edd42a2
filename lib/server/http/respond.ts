import "server-only";
import { getConfig } from "@/lib/server/config";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { servedOverHttps, strictTransportSecurity } from "@/lib/server/http/security-headers";
import { describeError, log } from "@/lib/server/log";

/** The one place an error code becomes an HTTP status (shared/spec/api.md, "Errors"). */
const STATUS: Record<AppErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  idempotency_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/**
 * What every API response carries: never stored by a browser or proxy (it may hold patient
 * data), and https only where the app is served on https. (Their content security policy is
 * the same for all, in next.config.ts.)
 */
export function apiResponseHeaders(): Record<string, string> {
  return { "Cache-Control": "no-store", ...strictTransportSecurity(servedOverHttps(getConfig().appUrl)) };
}

/** An API response in JSON. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...apiResponseHeaders(), ...headers } });
}

/** The contract's status and body for an expected failure. */
export function errorResponse(error: AppError): Response {
  const { issues, retryAfterSeconds } = error.details;
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
  return jsonResponse(issues ? { error: error.code, issues } : { error: error.code }, STATUS[error.code], headers);
}

/**
 * Runs a route handler and maps what it throws: an AppError to its contract status and
 * body, anything else to a bare 500 with only the error's class logged.
 */
export async function handleApiRequest(route: string, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    log.error({ route, ...describeError(error) }, "unexpected error");
    return jsonResponse({ error: "internal" }, 500);
  }
}
