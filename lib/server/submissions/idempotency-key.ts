import "server-only";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";

const keySchema = z
  .string()
  .regex(/^[\x20-\x7E]{1,200}$/, { message: "Send 1 to 200 printable characters, or leave the header out" });

/** The optional `Idempotency-Key` header: absent, or 1-200 printable ASCII characters. */
export function parseIdempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  const parsed = keySchema.safeParse(header);
  if (!parsed.success) {
    throw new ApiError("invalid_request", [{ path: "Idempotency-Key", message: parsed.error.issues[0]!.message }]);
  }
  return parsed.data;
}
