import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { openSubmission } from "@/lib/server/submissions/open-submission";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("GET /api/submissions/[id]", async () => {
    const { id } = await readPathParams(params);
    const staff = await authorize(request.headers, "submissions.view", { recordId: id });
    return jsonResponse(await openSubmission(getDatabase(), staff, { id }));
  });
}
