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

const RULE = "@typescript-eslint/no-restricted-imports";

describe("the intake's browser code stays without zod, in the lint configuration", () => {
  it.each([
    ["components/intake/Example.tsx", 'import { z } from "zod";\nexport const x = z;\n'],
    ["components/intake/Example.tsx", 'import { zodResolver } from "@hookform/resolvers/zod";\nexport const x = zodResolver;\n'],
    ["components/intake/Example.tsx", 'import { stepSchemas } from "@/lib/questionnaire";\nexport const x = stepSchemas;\n'],
    ["components/intake/Example.tsx", 'import { intakeSchema } from "@/lib/questionnaire/schema";\nexport const x = intakeSchema;\n'],
    ["lib/questionnaire/step-check.ts", 'import { stepSchemas } from "./schema";\nexport const x = stepSchemas;\n'],
    ["lib/questionnaire/steps/about.ts", 'import * as z from "zod/mini";\nexport const x = z;\n'],
  ])("fails %s importing zod or the server's schemas", async (file, code) => {
    expect(await problems(file, code)).toContain(RULE);
  });

  it("lets the intake import types from anywhere, and lets the server's schemas and staff forms use zod", async () => {
    expect(await problems("components/intake/Example.tsx", 'import type { Intake } from "@/lib/questionnaire";\nexport type X = Intake;\n')).toEqual([]);
    const zod = 'import { z } from "zod";\nexport const x = z;\n';
    expect(await problems("lib/questionnaire/field-schemas.ts", zod)).toEqual([]);
    expect(await problems("components/review/Example.tsx", zod)).toEqual([]);
  });
});

describe("the sign-in form stays without zod, in the lint configuration", () => {
  it.each([
    ["components/auth/SignInForm.tsx", 'import { z } from "zod/mini";\nexport const x = z;\n'],
    ["components/auth/SignInForm.tsx", 'import { zodResolver } from "@hookform/resolvers/zod";\nexport const x = zodResolver;\n'],
    ["components/auth/SignInForm.tsx", 'import { credentialsSchema } from "@/lib/staff/schemas";\nexport const x = credentialsSchema;\n'],
    ["lib/staff/credentials.ts", 'import { credentialsSchema } from "./schemas";\nexport const x = credentialsSchema;\n'],
    ["components/ui/use-json-form.ts", 'import { zodResolver } from "@hookform/resolvers/zod";\nexport const x = zodResolver;\n'],
    ["lib/issues.ts", 'import { z } from "zod";\nexport const x = z;\n'],
  ])("fails %s importing zod or the server's schema", async (file, code) => {
    expect(await problems(file, code)).toContain(RULE);
  });

  it("lets it import the shared check, and zod's types", async () => {
    expect(await problems("lib/issues.ts", 'import type { z } from "zod";\nexport type X = z.ZodType;\n')).toEqual([]);
    expect(await problems("components/auth/SignInForm.tsx", 'import { credentialProblems } from "@/lib/staff/credentials";\nexport const x = credentialProblems;\n')).toEqual([]);
  });
});
