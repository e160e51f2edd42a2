import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = path.resolve(import.meta.dirname, "../../../scripts/start.mjs");

/** `node scripts/start.mjs ...args`, to its end (within the test's own time-out): what a clinic sees in the terminal. */
function start(args: string[], { env = {} }: { env?: Record<string, string> } = {}) {
  // Only the PORT a case gives: one in the runner's environment would be read instead.
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { env: { ...process.env, PORT: undefined, ...env }, encoding: "utf8", timeout: 4_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

// What `npm start` refuses before it serves anything. Serving the build is what every
// end-to-end test does (tests/e2e/start-script.spec.ts checks what it loads).
describe("npm start (scripts/start.mjs)", () => {
  it.each([
    [["-p", "abc"], {}, 'The port (-p or PORT) must be a whole number from 0 to 65535, not "abc".'],
    [["--port", "65536"], {}, 'The port (-p or PORT) must be a whole number from 0 to 65535, not "65536".'],
    [[], { PORT: "3000; rm" }, 'The port (-p or PORT) must be a whole number from 0 to 65535, not "3000; rm".'],
    [["--keepAliveTimeout=-5"], {}, '--keepAliveTimeout must be a whole number from 0 to 2147483647, not "-5".'],
    [["--keepAliveTimeout", "1.5"], {}, '--keepAliveTimeout must be a whole number from 0 to 2147483647, not "1.5".'],
  ])("stops on %j %j with one line naming the setting", (args, env, message) => {
    const { status, stderr } = start(args, { env });
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it.each([
    [["--inspect"], "Unknown option '--inspect'"],
    [["one", "two"], "Only one folder to serve, not 2."],
  ])("stops on %j, arguments it does not take, saying which it takes", (args, problem) => {
    const { status, stderr } = start(args);
    expect(status).toBe(1);
    expect(stderr).toContain(problem);
    expect(stderr).toMatch(/\nnpm start takes a folder, -p PORT, -H HOSTNAME and --keepAliveTimeout MS, and nothing else \(a debugger: NODE_OPTIONS=--inspect\)\.$/);
  });

  it("stops on a folder without a build, or no folder at all, saying how to make one", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "start-script-"));
    try {
      for (const given of [folder, path.join(folder, "missing")]) {
        const { status, stderr } = start([given, "-p", "0"]);
        expect(status).toBe(1);
        expect(stderr).toBe(`There is no production build to serve in ${given}: run \`npm run build\` first.`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
