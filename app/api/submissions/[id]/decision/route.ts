import { decisionSchema } from "@/lib/submissions/decision-schema";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJson, readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { recordDecision } from "@/lib/server/submissions/record-decision";

export const dynamic = "force-dynamic";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("POST /api/submissions/[id]/decision", async () => {
    const { id } = await readPathParams(params);
    const staff = await authorize(request.headers, "submissions.decide", { recordId: id });
    const decision = await readJson(request, decisionSchema);
    return jsonResponse(await recordDecision(getDatabase(), staff, { ...decision, submissionId: id }), 201);
  });
}
