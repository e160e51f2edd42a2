// Next.js calls this once when a server starts, and serves nothing until it returns: the
// configuration and the screening policy are validated and the database is brought up to
// date here, in the server's own process. A bad configuration stops the process with a
// message naming the problem, instead of leaving a server that answers 500 to everyone.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ConfigError, getConfig } = await import("@/lib/server/config");
  const { getScreeningPolicy } = await import("@/lib/server/screening-policy");
  const { getPrivacyNotice } = await import("@/lib/server/privacy-notice");
  const { getDatabase } = await import("@/lib/server/db/client");
  const { prepareDatabase } = await import("@/lib/server/db/prepare-database");
  try {
    const config = getConfig();
    // Read by V8 at every full collection, so it holds from here on: under load the heap
    // then stays within twice what it holds live (by default) instead of up to four times.
    // It also replaces V8's own, smaller factors near its heap limit; 0 leaves them all to V8.
    (await import("node:v8")).setFlagsFromString(`--heap-growing-percent=${config.heapGrowthPercent}`);
    getScreeningPolicy();
    getPrivacyNotice();
    const { migrated, seeded } = await prepareDatabase(getDatabase(), config);
    if (migrated.length > 0) console.log(`Applied migrations: ${migrated.join(", ")}`);
    if (seeded.length > 0) console.log(`Seeded demo staff accounts: ${seeded.join(", ")}`);
    // Deletes expired drafts hourly, on the database just prepared; tests sweep for themselves.
    if (config.nodeEnv !== "test") (await import("@/lib/server/drafts/draft-housekeeping")).startDraftHousekeeping(getDatabase());
    // Sends the outbox's email, with SMTP configured. On a signal the sender stops taking
    // messages; Next.js's own handler ends the process (a send cut short is retried when its
    // claim's lease ends). Without such a handler, the signal is raised again once the sender
    // has stopped, so it still ends the process.
    if (config.mail !== undefined) {
      const { startMailSender } = await import("@/lib/server/mail/mail-sender");
      const sender = startMailSender(getDatabase(), config.mail, config.clinicName);
      for (const signal of ["SIGTERM", "SIGINT"] as const) {
        process.once(signal, () => {
          const handled = process.listenerCount(signal) > 0;
          void sender.stop().finally(() => handled || process.kill(process.pid, signal));
        });
      }
    }
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
