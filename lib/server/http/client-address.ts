import "server-only";

/**
 * The client's address as the proxy in front of us (or Next.js) reports it. The one place
 * it is read: `authorize()` puts it on the actor, and the public endpoints key by it.
 */
export function clientAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
