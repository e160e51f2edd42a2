import { withdrawalSchema } from "@/lib/submissions/withdrawal-schema";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJson, readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { withdrawSubmission } from "@/lib/server/submissions/withdraw-submission";

export const dynamic = "force-dynamic";

/** An admin withdraws a junk or duplicate submission from the queue, saying why. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("POST /api/submissions/[id]/withdrawal", async () => {
    const { id } = await readPathParams(params);
    const staff = await authorize(request.headers, "submissions.withdraw", { recordId: id });
    const { reason } = await readJson(request, withdrawalSchema);
    return jsonResponse(await withdrawSubmission(getDatabase(), staff, { reason, submissionId: id }), 201);
  });
}
