import { newStaffSchema } from "@/lib/staff/schemas";
import { authorize } from "@/lib/server/auth/authorize";
import { getDatabase } from "@/lib/server/db/client";
import { readJson } from "@/lib/server/http/read-input";
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
    const created = await createStaffUser(getDatabase(), admin, await readJson(request, newStaffSchema));
    return jsonResponse(created, 201);
  });
}
