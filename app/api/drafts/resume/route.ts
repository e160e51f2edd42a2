import { clinicSchemas } from "@/lib/server/clinic-schemas";
import { getDatabase } from "@/lib/server/db/client";
import { getDraftKeys } from "@/lib/server/drafts/draft-keys";
import { resumeDraft } from "@/lib/server/drafts/resume-draft";
import { clientAddress } from "@/lib/server/http/client-address";
import { readJson } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { consumeOrRefuse, fromAddress, getRateLimits } from "@/lib/server/rate-limits";

export const dynamic = "force-dynamic";

/**
 * A patient comes back to a saved draft with its resume code and their date of birth; a
 * wrong one of either is the same 404 (public, rate limited per client address together
 * with saving, and five wrong dates of birth delete the draft).
 */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/drafts/resume", async () => {
    await consumeOrRefuse(fromAddress(getRateLimits().drafts, clientAddress(request.headers)));
    const body = await readJson(request, clinicSchemas().resumeDraftRequest);
    return jsonResponse(await resumeDraft(getDatabase(), { request: body, keys: getDraftKeys(), now: new Date() }));
  });
}
