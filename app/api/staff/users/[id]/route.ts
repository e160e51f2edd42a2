import { staffChangeSchema } from "@/lib/staff/schemas";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJson, readPathParams } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { updateStaffUser } from "@/lib/server/staff/update-staff-user";

export const dynamic = "force-dynamic";

/** An admin changes a staff member's role or disables their account. */
export function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApiRequest("PATCH /api/staff/users/[id]", async () => {
    const { id } = await readPathParams(params);
    const admin = await authorize(request.headers, "staff.manage");
    const change = await readJson(request, staffChangeSchema);
    return jsonResponse(await updateStaffUser(getDatabase(), admin, { userId: id, change }));
  });
}
