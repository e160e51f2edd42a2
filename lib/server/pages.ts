import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, unauthorized } from "next/navigation";
import type { Permission } from "@/lib/staff/permissions";
import type { Actor } from "@/lib/staff/types";
import { authorize, type AuthorizeOptions } from "@/lib/server/auth/authorize";
import { AppError } from "@/lib/server/errors";

/**
 * What a page awaits from a use case, with the expected failures turned into Next.js's own
 * pages: not found (404), unauthorized (401) and forbidden (403). The pages' counterpart of
 * `handleApiRequest`; anything else goes to the error boundary.
 */
export async function forPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "not_found") notFound();
      if (error.code === "unauthenticated") unauthorized();
      if (error.code === "forbidden") forbidden();
    }
    throw error;
  }
}

/** `authorize` for pages: the actor, or Next's unauthorized or forbidden page. */
export async function authorizePage(permission: Permission, options?: AuthorizeOptions): Promise<Actor> {
  return forPage(headers().then((requestHeaders) => authorize(requestHeaders, permission, options)));
}
