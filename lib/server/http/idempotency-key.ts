import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";

const keySchema = z
  .string()
  .regex(/^[\x20-\x7E]{1,200}$/, { message: "Send 1 to 200 printable characters, or leave the header out" });

/** The optional `Idempotency-Key` header: absent, or 1-200 printable ASCII characters. */
export function readIdempotencyKey(request: Request): string | undefined {
  const header = request.headers.get("idempotency-key");
  if (header === null) return undefined;
  const parsed = keySchema.safeParse(header);
  if (!parsed.success) throw AppError.invalid([{ path: "Idempotency-Key", message: parsed.error.issues[0]!.message }]);
  return parsed.data;
}
