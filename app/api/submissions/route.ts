import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getScreeningPolicy } from "@/lib/server/screening-policy";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { parseIdempotencyKey } from "@/lib/server/submissions/idempotency-key";
import { parseQuery } from "@/lib/server/http/query";
import { listQuerySchema, listSubmissions } from "@/lib/server/submissions/list-submissions";

export const dynamic = "force-dynamic";

/** A patient submits the intake (public). */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/submissions", async () => {
    const body = await readJsonBody(request);
    const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const receipt = await createSubmission(getDatabase(), {
      body,
      idempotencyKey,
      policy: getScreeningPolicy(),
      now: new Date(),
    });
    return jsonResponse(receipt, 201);
  });
}

/** Staff list submissions. */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/submissions", async () => {
    await authorize(request.headers, "submissions.list");
    const query = parseQuery(listQuerySchema, new URL(request.url).searchParams);
    return jsonResponse(await listSubmissions(getDatabase(), query));
  });
}
