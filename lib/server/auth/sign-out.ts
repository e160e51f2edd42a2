import "server-only";
import { auditEventQuery } from "@/lib/server/audit/audit-event";
import type { Config } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { clientAddress } from "@/lib/server/http/client-address";
import type { Auth } from "./better-auth";
import { getStaffSession } from "./staff-session";

/**
 * Ends the request's session on the server (its row is deleted, so the cookie is worthless
 * even if kept) and returns the Set-Cookie headers that clear it in the browser.
 */
export async function signOutStaff(
  auth: Auth,
  db: Database,
  config: Pick<Config, "sessionIdleMinutes" | "sessionMaxHours">,
  headers: Headers,
): Promise<string[]> {
  const staff = await getStaffSession(auth, db, config, headers, new Date());
  const response = await auth.api.signOut({ headers, asResponse: true });
  if (staff) {
    await db.$transaction([
      db.session.deleteMany({ where: { id: staff.sessionId } }),
      auditEventQuery(db, { id: staff.userId, role: staff.role, ipAddress: clientAddress(headers) }, {
        action: "auth.sign_out",
        outcome: "success",
        recordType: "staff_user",
        recordId: staff.userId,
      }),
    ]);
  }
  return response.headers.getSetCookie();
}
