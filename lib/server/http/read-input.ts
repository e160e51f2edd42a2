import "server-only";
import type { z } from "zod";
import { validate, type Validation } from "@/lib/issues";
import type { SearchParams } from "@/lib/search-params";
import { AppError } from "@/lib/server/errors";
import { malformedTextIssues } from "./malformed-text";

// One way to read a request's input: a body or a query, checked against a zod schema,
// giving typed input or the contract's 400. Use cases take the typed input. Every string in
// it is valid text (see malformed-text.ts), so nothing downstream can fail on one.

/** The contract's limit on request bodies. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The JSON body, checked against `schema`. */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.output<Schema>> {
  return orThrow(validate(schema, await readJsonBody(request)));
}

/** The query string, checked against `schema`; empty parameters count as absent. */
export function readQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  return orThrow(validateSearchParams(schema, new URL(request.url).searchParams));
}

/**
 * Query parameters checked against `schema`, for pages that show bad filters in their form
 * rather than failing: an empty parameter (an empty filter box) is absent, and a repeated
 * one counts once. A parameter that is not valid text is an issue, whatever the schema.
 */
export function validateSearchParams<Schema extends z.ZodType>(
  schema: Schema,
  params: URLSearchParams | SearchParams,
): Validation<z.output<Schema>> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const present = entries.flatMap(([key, value]) => {
    const single = Array.isArray(value) ? value[0] : value;
    return single ? [[key, single] as const] : [];
  });
  const query = Object.fromEntries(present);
  const malformed = malformedTextIssues(query);
  return malformed.length > 0 ? { ok: false, issues: malformed } : validate(schema, query);
}

/**
 * A route's path parameters, each valid text: Next.js decodes "%00" in a path to U+0000,
 * which PostgreSQL can neither compare nor store (a 500 until refused here).
 */
export async function readPathParams<Params extends Record<string, string>>(params: Promise<Params>): Promise<Params> {
  const values = await params;
  const malformed = malformedTextIssues(values);
  if (malformed.length > 0) throw AppError.invalid(malformed);
  return values;
}

function orThrow<T>(result: Validation<T>): T {
  if (!result.ok) throw AppError.invalid(result.issues);
  return result.data;
}

/**
 * Reads a JSON request body: 415 unless it is `application/json`, 413 past 64 KiB
 * (counted while streaming, so a lying or missing Content-Length cannot get more in),
 * 400 if it is not UTF-8 JSON or holds a string that is not valid text.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  requireJsonContentType(request);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw new AppError("payload_too_large");

  const bytes = await readLimited(request, MAX_BODY_BYTES);
  let body: unknown;
  try {
    // JSON is UTF-8 (RFC 8259): bytes that are not are refused rather than patched up.
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw AppError.invalid([{ path: "", message: "The request body is not valid JSON." }]);
  }
  const malformed = malformedTextIssues(body);
  if (malformed.length > 0) throw AppError.invalid(malformed);
  return body;
}

/**
 * 415 unless the request says it is JSON. A cross-site HTML form cannot send that type
 * without a CORS preflight, so this also keeps other sites from posting here (CSRF).
 */
export function requireJsonContentType(request: Request): void {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") throw new AppError("unsupported_media_type");
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("payload_too_large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
