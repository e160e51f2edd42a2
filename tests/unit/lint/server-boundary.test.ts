import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (nothing is written). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse");
}

describe("the server boundary in the lint configuration", () => {
  it.each([
    ['import { getDatabase } from "@/lib/server/db/client";'],
    ['import type { Actor } from "@/lib/server/auth/authorize";'],
    ['import { PrismaClient } from "@/lib/server/generated/sqlite/client";'],
    ['import { log } from "../../lib/server/log";'],
    ['import "server-only";'],
  ])("fails a component that imports server code: %s", async (line) => {
    expect(await problems("components/review/Example.tsx", `${line}\nexport const x = 1;\n`)).toContain("no-restricted-imports");
  });

  it("fails browser-safe lib/ code that imports server code", async () => {
    const code = 'import { getConfig } from "@/lib/server/config";\nexport const x = getConfig;\n';
    expect(await problems("lib/submissions/example.ts", code)).toContain("no-restricted-imports");
  });

  it("lets components import browser-safe lib/ code, and lets server code and pages import the server", async () => {
    expect(await problems("components/review/Example.tsx", 'import { OUTCOME_LABELS } from "@/lib/vocabulary";\nexport const x = OUTCOME_LABELS;\n')).toEqual([]);
    const server = 'import { getDatabase } from "@/lib/server/db/client";\nexport const x = getDatabase;\n';
    expect(await problems("lib/server/submissions/example.ts", server)).toEqual([]);
    expect(await problems("app/(staff)/staff/example/page.tsx", server)).toEqual([]);
  });
});

describe("better-auth in the lint configuration: loaded with the first staff request", () => {
  it.each([
    ["app/api/submissions/route.ts", 'import { getAuth } from "@/lib/server/auth/better-auth";'],
    ["lib/server/auth/authorize.ts", 'import { getAuth } from "./better-auth";'],
    ["lib/server/staff/example.ts", 'import { betterAuth } from "better-auth";'],
    ["app/(staff)/staff/example/page.tsx", 'import { prismaAdapter } from "better-auth/adapters/prisma";'],
  ])("fails %s importing it with the module: %s", async (file, line) => {
    expect(await problems(file, `${line}\nexport const x = 1;\n`)).toContain("@typescript-eslint/no-restricted-imports");
  });

  it("lets code import it when a request needs it, or its types, and lets the sign-in route import it", async () => {
    const lazy = 'export async function f() {\n  const { getAuth } = await import("./better-auth");\n  return getAuth;\n}\n';
    expect(await problems("lib/server/auth/authorize.ts", lazy)).toEqual([]);
    expect(await problems("lib/server/auth/sign-in.ts", 'import type { Auth } from "./better-auth";\nexport type A = Auth;\n')).toEqual([]);
    expect(await problems("app/api/auth/sign-in/route.ts", 'import { getAuth } from "@/lib/server/auth/better-auth";\nexport const x = getAuth;\n')).toEqual([]);
  });
});
