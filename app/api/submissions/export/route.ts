import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { validateSearchParams } from "@/lib/server/http/read-input";
import { csvResponse } from "@/lib/server/http/csv";
import { handleApiRequest } from "@/lib/server/http/respond";
import { exportQuerySchema, exportSubmissionsCsv } from "@/lib/server/submissions/export-csv";
import { PATIENT_SEARCH_FIELDS, withSavedSearch } from "@/lib/server/submissions/staff-search";

export const dynamic = "force-dynamic";

/**
 * Clinicians and admins download the filtered list as CSV (no answers). A search by patient
 * details comes as the id of the search saved on the server (`search=`), never the details.
 */
export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/submissions/export", async () => {
    const staff = await authorize(request.headers, "submissions.export");
    const db = getDatabase();
    const url = new URL(request.url);
    const typed = PATIENT_SEARCH_FIELDS.filter((field) => url.searchParams.has(field));
    if (typed.length > 0) throw AppError.invalid(typed.map((path) => ({ path, message: "Search by patient details with the search form: the link carries only the search's id." })));
    const { params, expired } = await withSavedSearch(db, staff, Object.fromEntries(url.searchParams));
    if (expired) throw AppError.invalid([{ path: "search", message: "That search has ended (searches last a day). Search again, then download." }]);
    const query = validateSearchParams(exportQuerySchema, params);
    if (!query.ok) throw AppError.invalid(query.issues);
    const { csv, filename } = await exportSubmissionsCsv(db, staff, query.data);
    return csvResponse(csv, filename);
  });
}
