import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Tests run server modules in plain Node, outside Next's react-server condition.
    "server-only": path.join(root, "tests/setup/server-only.ts"),
  },
};

export default defineConfig({
  plugins: [react()],
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        plugins: [react()],
        resolve,
        test: {
          name: "component",
          environment: "jsdom",
          // A test types a whole intake, key by key, in jsdom: seconds of work that a busy CI
          // machine can stretch past vitest's 5 s default.
          testTimeout: 20_000,
          include: ["tests/component/**/*.test.tsx"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/component.ts"],
        },
      },
      // The integration tier runs twice, from the same files: on SQLite files and on a real
      // PostgreSQL server that the tier starts itself. `*.sqlite.test.ts` and
      // `*.postgresql.test.ts` hold what only one of them has.
      {
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ["tests/integration/**/*.postgresql.test.ts"],
          globalSetup: ["tests/setup/sqlite-global.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/sqlite-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration-postgresql",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ["tests/integration/**/*.sqlite.test.ts"],
          globalSetup: ["tests/setup/postgresql-global.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/postgresql-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Fuzzing every route handler on a SQLite file, as the integration tier does; its own
      // project so that `npm run test:security` runs it alone.
      {
        resolve,
        test: {
          name: "security",
          environment: "node",
          include: ["tests/security/**/*.test.ts"],
          globalSetup: ["tests/setup/sqlite-global.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts", "tests/setup/sqlite-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
