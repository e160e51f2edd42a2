import { clinicSchemas } from "@/lib/server/clinic-schemas";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { getDraftKeys } from "@/lib/server/drafts/draft-keys";
import { saveDraft } from "@/lib/server/drafts/save-draft";
import { clientAddress } from "@/lib/server/http/client-address";
import { readJson } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { consumeOrRefuse, fromAddress, getRateLimits } from "@/lib/server/rate-limits";

export const dynamic = "force-dynamic";

/**
 * A patient saves the intake so far: 201 with a new resume code, or 200 when the body names
 * the code of the draft it replaces (public, so rate limited per client address).
 */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/drafts", async () => {
    await consumeOrRefuse(fromAddress(getRateLimits().drafts, clientAddress(request.headers)));
    const body = await readJson(request, clinicSchemas().saveDraftRequest);
    const { receipt, created } = await saveDraft(getDatabase(), {
      request: body,
      keys: getDraftKeys(),
      ttlDays: getConfig().draftTtlDays,
      now: new Date(),
    });
    return jsonResponse(receipt, created ? 201 : 200);
  });
}
