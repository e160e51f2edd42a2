import "server-only";
import { ApiError } from "./api-error";

/** The contract's limit on request bodies. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body: 415 unless it is `application/json`, 413 past 64 KiB
 * (counted while streaming, so a lying or missing Content-Length cannot get more in),
 * 400 if it is not JSON.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") throw new ApiError("unsupported_media_type");

  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw new ApiError("payload_too_large");

  const text = await readLimited(request, MAX_BODY_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", [{ path: "", message: "The request body is not valid JSON." }]);
  }
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ApiError("payload_too_large");
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
