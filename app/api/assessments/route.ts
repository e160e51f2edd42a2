import { assess } from "@/lib/screening";
import { clinicDate } from "@/lib/server/clinic-date";
import { clinicSchemas } from "@/lib/server/clinic-schemas";
import { clientAddress } from "@/lib/server/http/client-address";
import { readJson } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { consumeOrRefuse, fromAddress, getRateLimits } from "@/lib/server/rate-limits";
import { getScreeningPolicy } from "@/lib/server/screening-policy";

export const dynamic = "force-dynamic";

/** Screens answers without storing or logging anything about them. */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/assessments", async () => {
    await consumeOrRefuse(fromAddress(getRateLimits().assessments, clientAddress(request.headers)));
    const input = await readJson(request, clinicSchemas().assessmentRequest);
    return jsonResponse(assess(input, clinicDate(new Date()), getScreeningPolicy()));
  });
}
