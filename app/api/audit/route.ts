import { auditQuerySchema, listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readQuery } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/audit", async () => {
    await authorize(request.headers, "audit.read");
    return jsonResponse(await listAuditEvents(getDatabase(), readQuery(request, auditQuerySchema)));
  });
}
