import { z } from "zod";
import { toFieldIssues } from "@/lib/questionnaire";
import { getAuth } from "@/lib/server/auth/better-auth";
import { signInStaff } from "@/lib/server/auth/sign-in";
import { getDatabase } from "@/lib/server/db/client";
import { ApiError } from "@/lib/server/http/api-error";
import { readJsonBody } from "@/lib/server/http/json-body";
import { handleApiRequest, jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

const credentialsSchema = z.strictObject({
  email: z.string({ message: "Enter your email address" }).trim().min(1, { message: "Enter your email address" }).max(254),
  password: z.string({ message: "Enter your password" }).min(1, { message: "Enter your password" }).max(128),
});

/** Staff sign-in. A JSON body only, so a form on another site cannot post here (CSRF). */
export function POST(request: Request): Promise<Response> {
  return handleApiRequest("POST /api/auth/sign-in", async () => {
    const parsed = credentialsSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new ApiError("invalid_request", toFieldIssues(parsed.error));

    const result = await signInStaff(getAuth(), getDatabase(), { ...parsed.data, headers: request.headers });
    if (!result.ok) {
      throw result.reason === "locked" ? new ApiError("rate_limited", undefined, result.retryAfterSeconds) : new ApiError("unauthenticated");
    }
    const response = jsonResponse({ status: "signed_in" });
    for (const cookie of result.setCookie) response.headers.append("Set-Cookie", cookie);
    return response;
  });
}
