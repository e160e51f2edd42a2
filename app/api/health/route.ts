import { checkDatabase } from "@/lib/server/check-database";
import { jsonResponse } from "@/lib/server/http/respond";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const healthy = await checkDatabase();
  return healthy
    ? jsonResponse({ status: "ok", database: "ok" })
    : jsonResponse({ status: "unavailable", database: "unavailable" }, 503);
}
