import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/scripts/embedded-postgresql";

/** A production server of its own, from the build the end-to-end tier made. */
export interface AppServer {
  readonly url: string;
  readonly process: ChildProcess;
  readonly output: string[];
  stop(): void;
}

/**
 * `npm start` as a clinic runs it, on a port of its own, with `env` on top of the test
 * runner's environment: it prepares the database (migrations, demo staff) and serves the
 * build made for the other end-to-end tests. Resolves once its health check answers.
 */
export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn("npm", ["start", "--", "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      SEED_DEMO_ACCOUNTS: "true",
      BETTER_AUTH_SECRET: "test-servers-share-this-secret-0123456789",
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGTERM");
  };
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode} before it listened:\n${output.join("")}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return { url, process: child, output, stop };
  }
  stop();
  throw new Error(`The app server on ${url} did not come up:\n${output.join("")}`);
}
