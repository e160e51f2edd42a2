// Production builds of the app and of the bare reference app (scripts/bench/bare-next),
// served by their start scripts on free local ports, the app on a fresh SQLite database. Every
// server is stopped at clean-up (scripts/bench/server-process.ts).
import path from "node:path";
import { freePort } from "@/scripts/embedded-postgresql";
import { BARE_APP, NEXT, ROOT, runToEnd, startScript, startServer } from "./server-process";

const TSX = path.join(ROOT, "node_modules/.bin/tsx");

// A production server refuses to start without its own secret; this one only lives for the run.
const BENCH_AUTH_SECRET = "bench-web-only-secret-never-used-elsewhere-0123";

/** `npm run build` for the app, then `next build` for the bare app. */
export async function buildApps(logFolder: string): Promise<void> {
  process.stderr.write("npm run build…\n");
  await runToEnd({ label: "npm run build", command: "npm", args: ["run", "build"] }, logFolder);
  process.stderr.write("next build (bare app)…\n");
  await runToEnd({ label: "next build (bare app)", command: NEXT, args: ["build", BARE_APP] }, logFolder);
}

/** A server's environment: production, with its own new SQLite database in `folder`. */
function serverEnv(folder: string, database: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${path.join(folder, `${database}.db`)}`,
    BETTER_AUTH_SECRET: BENCH_AUTH_SECRET,
  };
}

/** Serves the app's production build on a new SQLite database in `folder`; returns its origin. */
export async function serveApp(folder: string): Promise<string> {
  const port = await freePort();
  const env = serverEnv(folder, "app");
  // As a deployment would: migrate the new database (`npm run db:migrate`), then serve.
  await runToEnd({ label: "prepare the database", command: TSX, args: ["--conditions=react-server", "scripts/prepare-database.ts"], env }, folder);
  const server = await startServer(startScript("app", "scripts/start.mjs (app)", port, env), { port, readyPath: "/api/health", logFolder: folder });
  return server.origin;
}

/** Serves the bare app's production build; returns its origin. */
export async function serveBareApp(folder: string): Promise<string> {
  const port = await freePort();
  const env = serverEnv(folder, "bare");
  const server = await startServer(startScript("bare", "next start (bare app)", port, env), { port, readyPath: "/", logFolder: folder });
  return server.origin;
}
