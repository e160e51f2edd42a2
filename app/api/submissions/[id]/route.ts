import { clientIpAddress } from "@/lib/server/audit/audit-event";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { ApiError } from "@/lib/server/http/api-error";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getSubmission } from "@/lib/server/submissions/get-submission";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("GET /api/submissions/[id]", async () => {
    const { id } = await params;
    const staff = await authorize(request.headers, "submissions.view", { recordId: id });
    const detail = await getSubmission(getDatabase(), staff, id, {
      purpose: "view",
      ipAddress: clientIpAddress(request.headers),
    });
    if (!detail) throw new ApiError("not_found");
    return jsonResponse(detail);
  });
}
