import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { processTree } from "@/scripts/bench/process-tree";
import { startAppServer, type AppServer } from "@/tests/e2e/app-server";
import { expect, test } from "@/tests/e2e/fixtures";

// `npm start` serves the build with the configuration the build resolved (scripts/start.mjs),
// so the server never loads Next's SWC compiler to read next.config.ts again.

let folder: string;
let server: AppServer;

test.beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "start-script-"));
  server = await startAppServer({ DATABASE_URL: `file:${path.join(folder, "app.db")}` });
});

test.afterAll(async () => {
  const running = server !== undefined && server.process.exitCode === null && server.process.signalCode === null;
  const exited = running ? new Promise((resolve) => server.process.once("exit", resolve)) : undefined;
  server?.stop();
  await exited; // the database's files are closed before they are deleted
  rmSync(folder, { recursive: true, force: true });
});

/** Every file mapped into the memory of the server's processes. */
function mappedFiles(): string[] {
  return processTree(server.process.pid!).flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/maps`, "utf8").split("\n").map((line) => line.split(/\s+/)[5] ?? "");
    } catch {
      return []; // a process that has just ended
    }
  });
}

test("the server answers with the build's configuration and never maps Next's SWC binding", async ({ request }) => {
  const response = await request.get(`${server.url}/api/health`);
  expect(response.status()).toBe(200);
  // next.config.ts's `poweredByHeader: false`, which the server reads from its configuration.
  expect(response.headers()["x-powered-by"]).toBeUndefined();

  const files = mappedFiles();
  // The health check has read the database through the native SQLite driver: the maps are read.
  expect(files.some((file) => file.endsWith("better_sqlite3.node"))).toBe(true);
  expect(files.filter((file) => /swc/i.test(file))).toEqual([]);
});
