let clients = 0;

/**
 * A client address of its own, as each patient's phone has: the rate limits count per
 * address, and tests of anything else should not meet them. In 2001:db8::/32, kept for
 * documentation.
 */
export function newClientAddress(): string {
  clients += 1;
  return `2001:db8::${clients.toString(16)}`;
}

/**
 * A POST as a browser or another program would send it to a route handler, from a client
 * address of its own unless `headers` names one (as Next.js does for the socket's peer).
 */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Forwarded-For": newClientAddress(), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
