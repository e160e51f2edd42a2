import { clearSignInLockSchema } from "@/lib/staff/schemas";
import { authorize } from "@/lib/server/auth/authorize";
import { clearSignInLock } from "@/lib/server/auth/sign-in-locks";
import { getDatabase } from "@/lib/server/db/client";
import { readJson } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getRateLimits } from "@/lib/server/rate-limits";

export const dynamic = "force-dynamic";

/** An admin ends a sign-in lock at once. */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/staff/sign-in-locks/clear", async () => {
    const admin = await authorize(request.headers, "staff.manage");
    const { lockId } = await readJson(request, clearSignInLockSchema);
    await clearSignInLock(getDatabase(), admin, getRateLimits(), { lockId });
    return jsonResponse({ status: "cleared" });
  });
}
