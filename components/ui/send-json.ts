import { isFieldIssue, type FieldIssue } from "@/lib/issues";

/** What a staff form learns from a JSON endpoint: its status and body, or that it could not be reached. */
export type JsonReply =
  | { readonly reached: true; readonly status: number; readonly body: unknown; readonly headers: Headers }
  | { readonly reached: false };

/** Sends a JSON body to one of the app's endpoints (shared/spec/api.md). */
export async function sendJson(url: string, method: "POST" | "PATCH", body: unknown): Promise<JsonReply> {
  try {
    const response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return { reached: true, status: response.status, body: await response.json().catch(() => undefined), headers: response.headers };
  } catch {
    return { reached: false };
  }
}

/** The `issues` of a 400 body; empty when the body has none. */
export function issuesOf(body: unknown): FieldIssue[] {
  if (typeof body !== "object" || body === null || !("issues" in body) || !Array.isArray(body.issues)) return [];
  return body.issues.filter(isFieldIssue);
}

/** A message for the answers every staff form handles the same way. */
export function commonProblem(reply: JsonReply): string {
  if (!reply.reached) return "The app could not be reached. Check your connection and try again.";
  switch (reply.status) {
    case 401:
      return "Your session has ended. Sign in again, then try once more.";
    case 403:
      return "Your role does not allow this.";
    case 404:
      return "This record no longer exists.";
    case 429:
      return "Too many requests. Wait a minute and try again.";
    default:
      return "Something went wrong on our side. Try again; if it keeps happening, tell your administrator.";
  }
}
