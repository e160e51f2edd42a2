export { assess, type Assessment, type Reason } from "./assess";
export { flaggedQuestions } from "./flagged-questions";
export { type Rule, type RuleContext, type ScreeningInput, type WaitingPeriods } from "./policy";
export { applyPolicyOverrides, parsePolicyOverrides, type PolicyOverrides } from "./policy-overrides";
export { defaultPolicy, POLICY_VERSION, ruleIds, type Policy, type RuleId } from "./rules";
export { SHORT_LABELS, shortLabel } from "./short-labels";
