import { vi } from "vitest";

/** A JSON reply as the app's endpoints send it. */
export function reply(status: number, body: unknown = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** Replaces `fetch` with one that answers each call with the next reply. */
export function stubFetch(...replies: Response[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const response of replies) fetchMock.mockResolvedValueOnce(response);
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The JSON body of the `index`th request. */
export function sentBody(fetchMock: ReturnType<typeof stubFetch>, index = 0): unknown {
  const init = fetchMock.mock.calls[index]?.[1];
  return JSON.parse(String(init?.body));
}
