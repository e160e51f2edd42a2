import { assessmentRequestSchema, toFieldIssues, utcCalendarDate } from "@/lib/questionnaire";
import { assess } from "@/lib/screening";
import { ApiError } from "@/lib/server/http/api-error";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getScreeningPolicy } from "@/lib/server/screening-policy";

export const dynamic = "force-dynamic";

/** Screens answers without storing or logging anything about them. */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/assessments", async () => {
    const parsed = assessmentRequestSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new ApiError("invalid_request", toFieldIssues(parsed.error));
    return jsonResponse(assess(parsed.data, utcCalendarDate(new Date()), getScreeningPolicy()));
  });
}
