import { z } from "zod";
import { byCodeUnits } from "@/lib/code-unit-order";
import { toFieldIssues } from "@/lib/issues";
import { fnv1a32 } from "./fnv1a";
import { LEVELS, type Level } from "@/lib/vocabulary";
import { defaultWaitingPeriods, type WaitingPeriods } from "./policy";
import { ruleIds, type Policy } from "./rules";

const LEVEL_RANK: Readonly<Record<Level, number>> = { exclude: 0, review: 1, info: 2 };

// Words for a patient, so the grammar is checked too: "1 month", "6 months", "3-5 days".
const PERIOD = /^(?:1 (?:day|week|month|year)|(?:[2-9]|[1-9]\d{1,2}|\d{1,3}-\d{1,3}) (?:days|weeks|months|years))$/;

function hasWaitingPeriod(id: string): id is keyof WaitingPeriods {
  return Object.hasOwn(defaultWaitingPeriods, id);
}

const ruleOverrideSchema = z.strictObject(
  {
    level: z.enum(LEVELS, { error: 'must be "exclude", "review" or "info"' }).optional(),
    enabled: z.boolean({ error: "must be true or false" }).optional(),
    waitingPeriod: z
      .string({ error: 'must be a period such as "6 months", "2 weeks" or "3-5 days"' })
      .regex(PERIOD, { error: 'must be a period such as "6 months", "2 weeks" or "3-5 days"' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? 'unknown setting (use "level", "enabled" or "waitingPeriod")'
        : "must be an object of settings",
  },
);

const policyOverridesSchema = z.strictObject(
  {
    rules: z
      .partialRecord(z.string().pipe(z.enum(ruleIds)), ruleOverrideSchema, {
        error: (issue) =>
          issue.code === "invalid_key" ? `unknown rule id "${String(issue.input)}"` : "must be an object keyed by rule id",
      })
      .superRefine(
        (rules, ctx) => {
          for (const [id, override] of Object.entries(rules)) {
            if (override?.waitingPeriod !== undefined && !hasWaitingPeriod(id)) {
              ctx.addIssue({ code: "custom", path: [id, "waitingPeriod"], message: `rule "${id}" has no waiting period` });
            }
          }
        },
        // Also report this alongside other problems in the file.
        { when: (payload) => typeof payload.value === "object" && payload.value !== null },
      )
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? 'unknown setting (only "rules" is allowed)' : "must be a JSON object",
  },
);

/** A clinic's changes to the default policy, as read from its override file. */
export type PolicyOverrides = z.output<typeof policyOverridesSchema>;

/**
 * Validates the parsed JSON of a clinic's override file, for example
 * `{ "rules": { "active_acne": { "level": "review" }, "keloids": { "enabled": false },
 * "isotretinoin_recent": { "waitingPeriod": "12 months" } } }`.
 * Each problem reads `path: what is wrong`, e.g. `rules.foo: unknown rule id "foo"`.
 */
export function parsePolicyOverrides(
  json: unknown,
): { ok: true; overrides: PolicyOverrides } | { ok: false; problems: string[] } {
  const parsed = policyOverridesSchema.safeParse(json);
  if (parsed.success) return { ok: true, overrides: parsed.data };
  return {
    ok: false,
    problems: toFieldIssues(parsed.error).map(({ path, message }) => (path === "" ? message : `${path}: ${message}`)),
  };
}

/** JSON with sorted keys and without empty objects, so equal overrides hash equally. */
function canonicalJson(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const members = Object.entries(value)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .flatMap(([key, member]) => {
      const json = canonicalJson(member);
      return json === undefined ? [] : [`${JSON.stringify(key)}:${json}`];
    });
  return members.length === 0 ? undefined : `{${members.join(",")}}`;
}

/**
 * The policy with a clinic's overrides applied: disabled rules removed, levels changed
 * (the table stays grouped exclude, review, info, otherwise in its order) and waiting
 * periods replaced. Its version is the base version plus a hash of the canonical
 * overrides, e.g. `2026-11.1+1a2b3c4d`; with nothing overridden it is the base version.
 */
export function applyPolicyOverrides(basePolicy: Policy, overrides: PolicyOverrides): Policy {
  const settings = overrides.rules ?? {};
  const rules = basePolicy.rules
    .filter((rule) => settings[rule.id]?.enabled !== false)
    .map((rule) => ({ ...rule, level: settings[rule.id]?.level ?? rule.level }))
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  const waitingPeriods: { -readonly [Id in keyof WaitingPeriods]: string } = { ...basePolicy.waitingPeriods };
  for (const [id, setting] of Object.entries(settings)) {
    if (setting?.waitingPeriod !== undefined && hasWaitingPeriod(id)) waitingPeriods[id] = setting.waitingPeriod;
  }
  const canonical = canonicalJson(overrides);
  return {
    version: canonical === undefined ? basePolicy.version : `${basePolicy.version}+${fnv1a32(canonical)}`,
    rules,
    waitingPeriods,
  };
}
