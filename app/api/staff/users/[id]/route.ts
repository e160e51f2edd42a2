import { clientIpAddress } from "@/lib/server/audit/audit-event";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { toFieldIssues } from "@/lib/questionnaire";
import { ApiError } from "@/lib/server/http/api-error";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { staffChangeSchema, updateStaffUser } from "@/lib/server/staff/update-staff-user";

export const dynamic = "force-dynamic";

/** An admin changes a staff member's role or disables their account. */
export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("PATCH /api/staff/users/[id]", async () => {
    const { id } = await params;
    const admin = await authorize(request.headers, "staff.manage");
    const parsed = staffChangeSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new ApiError("invalid_request", toFieldIssues(parsed.error));
    if (id === admin.userId) {
      throw new ApiError("invalid_request", [{ path: "", message: "You cannot change your own role or disable yourself" }]);
    }
    const actor = { id: admin.userId, role: admin.role, ipAddress: clientIpAddress(request.headers) };
    if (!(await updateStaffUser(getDatabase(), actor, id, parsed.data))) throw new ApiError("not_found");
    return jsonResponse({ id });
  });
}
