import { clientIpAddress } from "@/lib/server/audit/audit-event";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { ApiError } from "@/lib/server/http/api-error";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";
import { listStaffUsers } from "@/lib/server/staff/list-staff-users";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleApiRequest("GET /api/staff/users", async () => {
    await authorize(request.headers, "staff.manage");
    return jsonResponse({ items: await listStaffUsers(getDatabase()) });
  });
}

export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/staff/users", async () => {
    const admin = await authorize(request.headers, "staff.manage");
    const result = await createStaffUser(getDatabase(), await readJsonBody(request), {
      id: admin.userId,
      role: admin.role,
      ipAddress: clientIpAddress(request.headers),
    });
    if (!result.ok) throw new ApiError("invalid_request", result.problems);
    return jsonResponse({ id: result.userId }, 201);
  });
}
