import "server-only";
import { describeError, log } from "@/lib/server/log";
import { ApiError } from "./api-error";

/** Every API response: JSON, and never stored by a browser or proxy (it may hold patient data). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Runs a route handler and maps what it throws: an ApiError to its contract status and
 * body, anything else to a bare 500 with only the error's class logged.
 */
export async function handleApiRequest(route: string, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ApiError) {
      const headers: Record<string, string> =
        error.retryAfterSeconds === undefined ? {} : { "Retry-After": String(error.retryAfterSeconds) };
      return jsonResponse(error.body, error.status, headers);
    }
    log.error({ route, ...describeError(error) }, "unexpected error");
    return jsonResponse({ error: "internal" }, 500);
  }
}
