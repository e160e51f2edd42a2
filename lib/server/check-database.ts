import "server-only";
import { getDatabase } from "@/lib/server/db/client";
import { describeError, log } from "@/lib/server/log";

/** True when the database answers a trivial query. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await getDatabase().$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    log.warn({ check: "database", ...describeError(error) }, "health check failed");
    return false;
  }
}
