import { contactAttemptSchema } from "@/lib/follow-up/contact-attempt-schema";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { recordContactAttempt } from "@/lib/server/follow-up/record-contact-attempt";
import { readJson, readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

/** The front desk records an attempt to reach a patient on the "To contact" list. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("POST /api/submissions/[id]/contact-attempts", async () => {
    const { id } = await readPathParams(params);
    const staff = await authorize(request.headers, "followUp.contact", { recordId: id });
    const attempt = await readJson(request, contactAttemptSchema);
    return jsonResponse(await recordContactAttempt(getDatabase(), staff, { ...attempt, submissionId: id }), 201);
  });
}
