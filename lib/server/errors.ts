import "server-only";
import type { FieldIssue } from "@/lib/issues";

/**
 * The codes of the expected failures, in the API contract's words. Only the HTTP layer
 * (`lib/server/http/respond.ts`) and the pages (`lib/server/pages.ts`) turn them into
 * statuses or Next.js's not-found, unauthorized and forbidden pages.
 */
export type AppErrorCode =
  | "invalid_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "idempotency_conflict"
  /** The record is not in a state that allows the change (withdrawing a withdrawn submission, say). */
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited";

/** An expected failure of a use case or of reading a request: the one error type below the transport. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: { readonly issues?: readonly FieldIssue[]; readonly retryAfterSeconds?: number } = {},
  ) {
    super(code);
    this.name = "AppError";
  }

  /** Bad input, with one issue per problem. */
  static invalid(issues: readonly FieldIssue[]): AppError {
    return new AppError("invalid_request", { issues });
  }
}
