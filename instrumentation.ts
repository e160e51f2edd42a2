// Next.js calls this once when a server starts: read and validate the configuration and
// the screening policy now, so that a bad one stops the server instead of failing the
// first patient's request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getConfig } = await import("@/lib/server/config");
  const { getScreeningPolicy } = await import("@/lib/server/screening-policy");
  getConfig();
  getScreeningPolicy();
}
