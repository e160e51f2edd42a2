import "server-only";
import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";

/**
 * SHA-256 of a request's validated content with its keys sorted, so that a retry with the
 * same content in another key order (or with other spacing around a name) counts as the
 * same request.
 */
export function hashRequestBody(body: unknown): string {
  return createHash("sha256").update(stringify(body) ?? "").digest("hex");
}
