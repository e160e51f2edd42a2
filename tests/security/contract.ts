import type { AppErrorCode } from "@/lib/server/errors";

// What the fuzz test checks of each request and its response, apart from what it wrote.

const ERROR_CODES: Record<AppErrorCode | "internal", true> = {
  invalid_request: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  idempotency_conflict: true,
  conflict: true,
  payload_too_large: true,
  unsupported_media_type: true,
  rate_limited: true,
  internal: true,
};

const NOT_TEXT = /[\p{Surrogate}\0]/u;

/**
 * Whether a request carries text that is not valid (a lone surrogate, U+0000, bytes that are
 * not UTF-8) in its path id, query or body, as the app reads them; written apart from the
 * app's own check, so that a fault in that one shows here.
 */
export function carriesMalformedText(input: { readonly id?: string; readonly query: string; readonly body?: string | Uint8Array<ArrayBuffer> }): boolean {
  if (input.id?.includes("\0")) return true;
  // As readQuery takes a query: an empty parameter is absent, and the last of a repeated one counts.
  const query = new Map([...new URL(`http://localhost/${input.query}`).searchParams].filter(([, value]) => value !== ""));
  if ([...query].some(([key, value]) => NOT_TEXT.test(key) || NOT_TEXT.test(value))) return true;
  if (input.body === undefined) return false;
  // A string body goes out as UTF-8, a lone surrogate in it as U+FFFD: only a JSON escape reaches the app as one.
  const bytes = typeof input.body === "string" ? new TextEncoder().encode(input.body) : input.body;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return true;
  }
  let pending: unknown[];
  try {
    pending = [JSON.parse(text)];
  } catch {
    return false;
  }
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string" && NOT_TEXT.test(value)) return true;
    if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (NOT_TEXT.test(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * What is wrong with a response by the contract (shared/spec/api.md, "Errors"): nothing, or
 * one line per problem. `csv`: a success is CSV rather than JSON.
 */
export function responseProblems(response: Response, text: string, { csv }: { csv: boolean }): string[] {
  const problems: string[] = [];
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status >= 500) problems.push(`status ${response.status}`);
  // A V8 stack frame ("    at fn (file.ts:10:5)"); JSON escapes every newline inside a value.
  // Only in errors: a success may hold stored fuzz text, which can look like anything.
  if (response.status >= 400 && /\n\s+at |\.[cm]?[jt]sx?:\d+:\d+/.test(text)) problems.push("the body holds a stack trace");
  if (csv && response.status === 200) {
    return contentType.startsWith("text/csv") ? problems : [...problems, `a CSV export as ${contentType}`];
  }
  if (!contentType.startsWith("application/json")) problems.push(`Content-Type ${contentType}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, "the body is not JSON"];
  }
  if (response.status >= 400 && !isErrorBody(body)) problems.push(`an error body outside the contract: ${text.slice(0, 200)}`);
  return problems;
}

function isErrorBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const { error, issues, ...rest } = body as Record<string, unknown>;
  const issuesOk =
    issues === undefined ||
    (Array.isArray(issues) && issues.every((issue) => typeof issue?.path === "string" && typeof issue?.message === "string"));
  return typeof error === "string" && Object.hasOwn(ERROR_CODES, error) && issuesOk && Object.keys(rest).length === 0;
}
