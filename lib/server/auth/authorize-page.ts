import "server-only";
import { headers } from "next/headers";
import { forbidden, unauthorized } from "next/navigation";
import { ApiError } from "@/lib/server/http/api-error";
import { authorize, type AuthorizeOptions, type Permission } from "./authorize";
import type { StaffSession } from "./staff-session";

/** `authorize` for pages and server actions: 401 and 403 render Next's unauthorized and forbidden pages. */
export async function authorizePage(permission: Permission, options?: AuthorizeOptions): Promise<StaffSession> {
  try {
    return await authorize(await headers(), permission, options);
  } catch (error) {
    if (error instanceof ApiError && error.code === "unauthenticated") unauthorized();
    if (error instanceof ApiError && error.code === "forbidden") forbidden();
    throw error;
  }
}
