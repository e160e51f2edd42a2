import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { listToContact, toContactQuerySchema } from "@/lib/server/follow-up/list-to-contact";
import { readQuery } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

/** The front desk's "To contact" list, oldest first. */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/to-contact", async () => {
    await authorize(request.headers, "followUp.contact");
    return jsonResponse(await listToContact(getDatabase(), readQuery(request, toContactQuerySchema)));
  });
}
