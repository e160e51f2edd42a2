import "server-only";
import { isIP } from "node:net";
import { getConfig } from "@/lib/server/config";

// Each proxy appends the address it received the request from to X-Forwarded-For, and so
// does our server for its socket (patches/next+*.patch; Next alone would keep whatever the
// client sent). So the last entry is the socket's peer, and with TRUST_PROXY_HOPS proxies
// in front the client is that many entries further left. Entries further left still are
// the client's own say, and never trusted.

/** Longest X-Forwarded-For we read: 10 hops of the longest IPv6 text, with separators. */
const MAX_HEADER_LENGTH = 10 * 47;

/**
 * The client's address: validated, so that a header cannot put arbitrary text into the
 * audit log or a rate-limit key; null when there is none to trust. The one place it is read:
 * `authorize()` puts it on the actor, and the rate limits key by it.
 */
export function clientAddress(headers: Headers, trustProxyHops = getConfig().trustProxyHops): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const hops = forwarded.slice(-MAX_HEADER_LENGTH).split(",");
  const entry = hops[hops.length - 1 - trustProxyHops]?.trim();
  return entry ? normalizedAddress(entry) : null;
}

function normalizedAddress(text: string): string | null {
  // IPv4 clients of a dual-stack socket arrive as ::ffff:192.0.2.1.
  const address = text.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(address) === 0 ? null : address.toLowerCase();
}
