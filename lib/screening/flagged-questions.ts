import type { Reason } from "./assess";
import type { ScreeningInput } from "./policy";
import { defaultPolicy, type RuleId } from "./rules";

/**
 * Which answers made the reasons of an assessment fire, for pointing at them on a summary:
 * each question id maps to its rules, in the order of `reasons`; the age rules point at
 * `dateOfBirth`. What a rule reads never depends on a clinic's overrides, so the default
 * table answers for any policy; a rule it does not know (from an older policy) is skipped.
 */
export function flaggedQuestions(
  input: ScreeningInput,
  reasons: readonly Pick<Reason, "rule">[],
): ReadonlyMap<string, readonly RuleId[]> {
  // Keyed by plain strings so that callers holding any question id can look up.
  const flags = new Map<string, RuleId[]>();
  for (const { rule: id } of reasons) {
    const rule = defaultPolicy.rules.find((candidate) => candidate.id === id);
    for (const question of rule?.flagged(input) ?? []) {
      flags.set(question, [...(flags.get(question) ?? []), id]);
    }
  }
  return flags;
}
