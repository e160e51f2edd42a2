import "server-only";
import { readFileSync } from "node:fs";
import { applyPolicyOverrides, defaultPolicy, parsePolicyOverrides, type Policy } from "@/lib/screening";
import { ConfigError, getConfig } from "@/lib/server/config";

/**
 * The default policy, or the default changed by the clinic's JSON file. A file that cannot
 * be read or does not validate throws a ConfigError naming the problem: a clinic that
 * asked for its own policy must never be screened silently with the default one.
 */
export function loadScreeningPolicy(file: string | undefined): Policy {
  if (file === undefined) return defaultPolicy;
  const where = `SCREENING_POLICY_FILE (${file})`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? "is not valid JSON" : "cannot be read";
    throw new ConfigError([`${where} ${reason}`]);
  }
  const parsed = parsePolicyOverrides(json);
  if (!parsed.ok) throw new ConfigError(parsed.problems.map((problem) => `${where}: ${problem}`));
  return applyPolicyOverrides(defaultPolicy, parsed.overrides);
}

let cached: Policy | undefined;

/** The effective screening policy of this process, loaded on first use. */
export function getScreeningPolicy(): Policy {
  cached ??= loadScreeningPolicy(getConfig().screeningPolicyFile);
  return cached;
}
