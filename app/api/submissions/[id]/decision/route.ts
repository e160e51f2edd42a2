import { clientIpAddress } from "@/lib/server/audit/audit-event";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { recordDecision } from "@/lib/server/submissions/record-decision";

export const dynamic = "force-dynamic";

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("POST /api/submissions/[id]/decision", async () => {
    const { id } = await params;
    const staff = await authorize(request.headers, "submissions.decide", { recordId: id });
    const decision = await recordDecision(getDatabase(), staff, id, await readJsonBody(request), {
      ipAddress: clientIpAddress(request.headers),
    });
    return jsonResponse(decision, 201);
  });
}
