import { getAuth } from "@/lib/server/auth/better-auth";
import { signOutStaff } from "@/lib/server/auth/sign-out";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { requireJsonContentType } from "@/lib/server/http/read-input";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

/** Ends the session on the server. JSON only (a cross-site form cannot send it). */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/auth/sign-out", async () => {
    requireJsonContentType(request);
    const cookies = await signOutStaff(getAuth(), getDatabase(), getConfig(), request.headers);
    const response = jsonResponse({ status: "signed_out" });
    for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
    return response;
  });
}
