import type { FieldIssue } from "@/lib/questionnaire";

const STATUS = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  idempotency_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof STATUS;

/** An error the API contract names; route handlers turn it into its status and body. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    readonly issues?: FieldIssue[],
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = "ApiError";
    this.status = STATUS[code];
  }

  get body(): { error: ApiErrorCode; issues?: FieldIssue[] } {
    return this.issues ? { error: this.code, issues: this.issues } : { error: this.code };
  }
}
