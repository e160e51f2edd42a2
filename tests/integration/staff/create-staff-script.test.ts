import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";

const db = getDatabase();
afterAll(() => db.$disconnect());

const root = path.resolve(import.meta.dirname, "../../..");

/** Runs `npm run staff:create` as an operator would, the password piped on standard input. */
function createStaff(args: string[], password: string) {
  return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/create-staff.ts", ...args], {
    cwd: root,
    input: `${password}\n`,
    encoding: "utf8",
    env: { ...process.env },
  });
}

describe("npm run staff:create", () => {
  it("creates an account with a strong password read from standard input", async () => {
    const run = createStaff(["--email", "Nurse@Clinic.example", "--role", "clinician", "--name", "Nia Nurse"], "plum tram violet hedgehog 42");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { email: "nurse@clinic.example" }, include: { accounts: true } });
    expect(user).toMatchObject({ name: "Nia Nurse", role: "clinician", disabled: false });
    expect(user.accounts[0]?.password).toMatch(/^\$argon2id\$/);
  });

  it("refuses a weak password and writes nothing", async () => {
    const run = createStaff(["--email", "weak@clinic.example", "--role", "front_desk"], "password123");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/password: Use at least 12 characters/);
    expect(await db.user.count({ where: { email: "weak@clinic.example" } })).toBe(0);
  });

  it("refuses an unknown role", () => {
    const run = createStaff(["--email", "wizard@clinic.example", "--role", "wizard"], "plum tram violet hedgehog 42");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/role: Choose clinician, front_desk or admin/);
  });
});
