import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readQuery } from "@/lib/server/http/read-input";
import { handleApiRequest } from "@/lib/server/http/respond";
import { exportQuerySchema, exportSubmissionsCsv } from "@/lib/server/submissions/export-csv";

export const dynamic = "force-dynamic";

/** Clinicians and admins download the filtered list as CSV (no answers). */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/submissions/export", async () => {
    const staff = await authorize(request.headers, "submissions.export");
    const { csv, filename } = await exportSubmissionsCsv(getDatabase(), staff, readQuery(request, exportQuerySchema));
    return new Response(csv, {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
