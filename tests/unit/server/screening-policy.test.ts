import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPolicy } from "@/lib/screening";
import { loadScreeningPolicy } from "@/lib/server/screening-policy";
import { problemsOf, scratchFolder } from "./config-files";

const { folder, write: policyFile } = scratchFolder("policy-");

describe("loadScreeningPolicy", () => {
  it("is the default policy when no file is named", () => {
    expect(loadScreeningPolicy(undefined)).toBe(defaultPolicy);
  });

  it("applies a valid file and gives the result its own version", () => {
    const file = policyFile("valid.json", JSON.stringify({ rules: { active_acne: { level: "review" } } }));
    const policy = loadScreeningPolicy(file);
    expect(policy.version).toMatch(/^2026-11\.1\+[0-9a-f]+$/);
    expect(policy.rules.find((rule) => rule.id === "active_acne")?.level).toBe("review");
  });

  it("refuses a file that does not exist", () => {
    expect(problemsOf(() => loadScreeningPolicy(path.join(folder, "missing.json")))).toEqual([
      expect.stringMatching(/SCREENING_POLICY_FILE \(.*missing\.json\) cannot be read/),
    ]);
  });

  it("refuses a file that is not JSON", () => {
    const file = policyFile("broken.json", "{ rules: ");
    expect(problemsOf(() => loadScreeningPolicy(file))).toEqual([expect.stringMatching(/is not valid JSON/)]);
  });

  it("refuses an unknown rule, naming it", () => {
    const file = policyFile("unknown.json", JSON.stringify({ rules: { tattoos: { enabled: false } } }));
    expect(problemsOf(() => loadScreeningPolicy(file)).join("\n")).toMatch(/rules\.tattoos/);
  });
});
