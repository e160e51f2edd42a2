import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/questionnaire";
import {
  applyPolicyOverrides,
  assess,
  defaultPolicy,
  parsePolicyOverrides,
  type Policy,
  type PolicyOverrides,
} from "@/lib/screening";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

function policyFrom(json: unknown): Policy {
  const parsed = parsePolicyOverrides(json);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return applyPolicyOverrides(defaultPolicy, parsed.overrides);
}

function problemsOf(json: unknown): string[] {
  const parsed = parsePolicyOverrides(json);
  return parsed.ok ? [] : parsed.problems;
}

const screen = (answers: Partial<Answers>, policy: Policy) => assess(intakeWith({ answers }), SCREENING_DATE, policy);

describe("a valid override file", () => {
  const example = {
    rules: {
      active_acne: { level: "review" },
      keloids: { enabled: false },
      isotretinoin_recent: { waitingPeriod: "12 months" },
    },
  };

  it("moves a rule to another level", () => {
    const policy = policyFrom(example);
    expect(screen({ activeAcne: "yes" }, defaultPolicy).outcome).toBe("not_suitable");
    const result = screen({ activeAcne: "yes" }, policy);
    expect(result.outcome).toBe("needs_review");
    expect(result.reasons).toMatchObject([{ rule: "active_acne", level: "review" }]);
  });

  it("can make an info rule decisive", () => {
    const policy = policyFrom({ rules: { topical_retinoids: { level: "exclude" } } });
    expect(screen({ topicalRetinoids: "yes" }, policy).outcome).toBe("not_suitable");
  });

  it("keeps the table grouped by level, so reasons stay exclude, review, info", () => {
    const policy = policyFrom({ rules: { topical_retinoids: { level: "exclude" }, pregnancy: { level: "info" } } });
    const ranks = policy.rules.map((rule) => ["exclude", "review", "info"].indexOf(rule.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const result = screen({ topicalRetinoids: "yes", pregnantOrBreastfeeding: "yes", bloodThinners: "yes" }, policy);
    expect(result.reasons.map((reason) => [reason.rule, reason.level])).toEqual([
      ["topical_retinoids", "exclude"],
      ["blood_thinners", "review"],
      ["pregnancy", "info"],
    ]);
  });

  it("turns a rule off with enabled: false", () => {
    const policy = policyFrom(example);
    expect(policy.rules.some((rule) => rule.id === "keloids")).toBe(false);
    expect(screen({ keloids: "yes" }, policy)).toMatchObject({ outcome: "eligible", reasons: [] });
  });

  it("puts a changed waiting period in the patient message and the clinician note", () => {
    const [reason] = screen({ isotretinoin: "current" }, policyFrom(example)).reasons;
    expect(reason?.patientMessage).toContain("It's worth screening again 12 months after your last dose.");
    expect(reason?.clinicianNote).toContain("wait 12 months after the last dose");
  });

  it.each([
    { rule: "recent_sunburn", period: "4 weeks", answers: { recentSunburn: "yes" }, text: "4 weeks after the sunburn has healed" },
    { rule: "recent_injectables", period: "3 months", answers: { recentInjectables: "yes" }, text: "at least 3 months" },
    { rule: "topical_retinoids", period: "1 week", answers: { topicalRetinoids: "yes" }, text: "1 week before your treatment" },
    {
      rule: "isotretinoin_6_to_12_months",
      period: "9 months",
      answers: { isotretinoin: "stopped_6_to_12_months" },
      text: "until 9 months after the last dose",
    },
  ] satisfies { rule: string; period: string; answers: Partial<Answers>; text: string }[])(
    "changes the $rule waiting period to $period",
    ({ rule, period, answers, text }) => {
      const [reason] = screen(answers, policyFrom({ rules: { [rule]: { waitingPeriod: period } } })).reasons;
      expect(reason?.patientMessage).toContain(text);
    },
  );

  it("leaves the default policy untouched", () => {
    policyFrom(example);
    expect(screen({ activeAcne: "yes" }, defaultPolicy).outcome).toBe("not_suitable");
    expect(defaultPolicy.waitingPeriods.isotretinoin_recent).toBe("6 months");
  });
});

describe("the version of an overridden policy", () => {
  it("is the base version plus a hash of the overrides", () => {
    expect(policyFrom({ rules: { active_acne: { level: "review" } } }).version).toMatch(/^2026-11\.1\+[0-9a-f]{8}$/);
  });

  it("does not depend on key order", () => {
    const a = policyFrom({ rules: { keloids: { enabled: false }, active_acne: { level: "review", waitingPeriod: undefined } } });
    const b = policyFrom({ rules: { active_acne: { level: "review" }, keloids: { enabled: false } } });
    const c = policyFrom({ rules: { recent_sunburn: { level: "review", enabled: true } } });
    const d = policyFrom({ rules: { recent_sunburn: { enabled: true, level: "review" } } });
    expect(a.version).toBe(b.version);
    expect(c.version).toBe(d.version);
  });

  it("differs for different overrides", () => {
    const versions = [
      { rules: { active_acne: { level: "review" } } },
      { rules: { active_acne: { level: "info" } } },
      { rules: { keloids: { level: "review" } } },
      { rules: { isotretinoin_recent: { waitingPeriod: "12 months" } } },
      { rules: { isotretinoin_recent: { waitingPeriod: "9 months" } } },
    ].map((json) => policyFrom(json).version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each([{}, { rules: {} }, { rules: { keloids: {} } }])("is exactly the base version for %j", (json) => {
    expect(policyFrom(json).version).toBe("2026-11.1");
  });

  it("is the same whether the overrides came from parsing or were built in code", () => {
    const overrides: PolicyOverrides = { rules: { keloids: { enabled: false } } };
    expect(applyPolicyOverrides(defaultPolicy, overrides).version).toBe(policyFrom({ rules: { keloids: { enabled: false } } }).version);
  });
});

describe("an invalid override file is refused with a message naming the problem", () => {
  it.each([
    { json: { rules: { foo: { level: "review" } } }, problem: 'rules.foo: unknown rule id "foo"' },
    { json: { rules: { active_acne: { level: "block" } } }, problem: 'rules.active_acne.level: must be "exclude", "review" or "info"' },
    { json: { rules: { keloids: { enabled: "no" } } }, problem: "rules.keloids.enabled: must be true or false" },
    {
      json: { rules: { recent_sunburn: { waitingPeriod: 14 } } },
      problem: 'rules.recent_sunburn.waitingPeriod: must be a period such as "6 months", "2 weeks" or "3-5 days"',
    },
    {
      json: { rules: { recent_sunburn: { waitingPeriod: "a fortnight" } } },
      problem: 'rules.recent_sunburn.waitingPeriod: must be a period such as "6 months", "2 weeks" or "3-5 days"',
    },
    {
      json: { rules: { recent_sunburn: { waitingPeriod: "1 weeks" } } },
      problem: 'rules.recent_sunburn.waitingPeriod: must be a period such as "6 months", "2 weeks" or "3-5 days"',
    },
    { json: { rules: { keloids: { waitingPeriod: "6 months" } } }, problem: 'rules.keloids.waitingPeriod: rule "keloids" has no waiting period' },
    {
      json: { rules: { keloids: { enable: false } } },
      problem: 'rules.keloids.enable: unknown setting (use "level", "enabled" or "waitingPeriod")',
    },
    { json: { rules: { keloids: false } }, problem: "rules.keloids: must be an object of settings" },
    { json: { rules: [] }, problem: "rules: must be an object keyed by rule id" },
    { json: { version: "2027" }, problem: 'version: unknown setting (only "rules" is allowed)' },
    { json: null, problem: "must be a JSON object" },
    { json: [], problem: "must be a JSON object" },
    { json: "rules", problem: "must be a JSON object" },
  ])("$problem", ({ json, problem }) => {
    expect(problemsOf(json)).toEqual([problem]);
  });

  it("reports every problem in the file at once", () => {
    expect(
      problemsOf({
        rules: {
          foo: {},
          active_acne: { level: "block" },
          keloids: { waitingPeriod: "6 months" },
        },
        extra: true,
      }),
    ).toEqual([
      'rules.foo: unknown rule id "foo"',
      'rules.active_acne.level: must be "exclude", "review" or "info"',
      'rules.keloids.waitingPeriod: rule "keloids" has no waiting period',
      'extra: unknown setting (only "rules" is allowed)',
    ]);
  });
});
