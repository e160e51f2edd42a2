import { withdrawalSchema } from "@/lib/submissions/withdrawal-schema";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJson, readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { restoreSubmission } from "@/lib/server/submissions/restore-submission";

export const dynamic = "force-dynamic";

/** An admin puts a withdrawn submission back in the queue, saying why. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("POST /api/submissions/[id]/restoration", async () => {
    const { id } = await readPathParams(params);
    const staff = await authorize(request.headers, "submissions.withdraw", { recordId: id });
    const { reason } = await readJson(request, withdrawalSchema);
    return jsonResponse(await restoreSubmission(getDatabase(), staff, { reason, submissionId: id }), 201);
  });
}
