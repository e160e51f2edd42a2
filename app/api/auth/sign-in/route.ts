import { credentialsSchema } from "@/lib/staff/schemas";
import { getAuth } from "@/lib/server/auth/better-auth";
import { signInStaff } from "@/lib/server/auth/sign-in";
import { getDatabase } from "@/lib/server/db/client";
import { readJson } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";
import { getRateLimits } from "@/lib/server/rate-limits";

export const dynamic = "force-dynamic";

/** Staff sign-in. A JSON body only, so a form on another site cannot post here (CSRF). */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/auth/sign-in", async () => {
    const credentials = await readJson(request, credentialsSchema);
    const { setCookie } = await signInStaff(getAuth(), getDatabase(), getRateLimits(), { ...credentials, headers: request.headers });
    const response = jsonResponse({ status: "signed_in" });
    for (const cookie of setCookie) response.headers.append("Set-Cookie", cookie);
    return response;
  });
}
