import { exportAuditCsv } from "@/lib/server/audit/export-audit-csv";
import { auditFilterSchema } from "@/lib/server/audit/list-audit-events";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { csvResponse } from "@/lib/server/http/csv";
import { readQuery } from "@/lib/server/http/read-input";
import { handleApiRequest } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

/** Admins download the audit log, with the audit page's filters, as CSV. */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/audit/export", async () => {
    const staff = await authorize(request.headers, "audit.read");
    const { csv, filename } = await exportAuditCsv(getDatabase(), staff, readQuery(request, auditFilterSchema));
    return csvResponse(csv, filename);
  });
}
