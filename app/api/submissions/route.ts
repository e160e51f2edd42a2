import { clinicSchemas } from "@/lib/server/clinic-schemas";
import { authorize } from "@/lib/server/auth/authorize";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { getDraftKeys } from "@/lib/server/drafts/draft-keys";
import { draftCodeHashFrom } from "@/lib/server/drafts/resume-code-header";
import { clientAddress } from "@/lib/server/http/client-address";
import { readIdempotencyKey } from "@/lib/server/http/idempotency-key";
import { readJson, readQuery } from "@/lib/server/http/read-input";
import { submissionMailFrom } from "@/lib/server/mail/submission-mail";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { consumeOrRefuse, fromAddress, getRateLimits } from "@/lib/server/rate-limits";
import { getScreeningPolicy } from "@/lib/server/screening-policy";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { listQuerySchema, listSubmissions } from "@/lib/server/submissions/list-submissions";

export const dynamic = "force-dynamic";

/**
 * A patient submits the intake (public, so rate limited per client address). With a
 * `Resume-Code` header, the draft saved under that code is deleted with the new submission.
 */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/submissions", async () => {
    await consumeOrRefuse(fromAddress(getRateLimits().submissions, clientAddress(request.headers)));
    const intake = await readJson(request, clinicSchemas().intake);
    const idempotencyKey = readIdempotencyKey(request);
    const draftCodeHash = draftCodeHashFrom(request.headers, getDraftKeys());
    const receipt = await createSubmission(getDatabase(), { intake, idempotencyKey, draftCodeHash, policy: getScreeningPolicy(), now: new Date(), mail: submissionMailFrom(getConfig()) });
    return jsonResponse(receipt, 201);
  });
}

/** Staff list submissions. */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/submissions", async () => {
    await authorize(request.headers, "submissions.list");
    return jsonResponse(await listSubmissions(getDatabase(), readQuery(request, listQuerySchema)));
  });
}
