import { getDatabase } from "@/lib/server/db/client";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getScreeningPolicy } from "@/lib/server/screening-policy";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { parseIdempotencyKey } from "@/lib/server/submissions/idempotency-key";

export const dynamic = "force-dynamic";

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
