import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_OUTCOME_LABELS,
  AUDIT_OUTCOMES,
  auditActionLabel,
  auditOutcomeLabel,
  staffRoleLabel,
} from "@/lib/vocabulary";

describe("audit actions in words", () => {
  it.each(AUDIT_ACTIONS)("%s has words of its own, not its code", (action) => {
    const words = AUDIT_ACTION_LABELS[action];
    expect(words).toMatch(/^[A-Z][a-z]+ [a-zA-Z -]+$/);
    expect(words).not.toContain(action);
    expect(auditActionLabel(action)).toBe(words);
  });

  it("has a word for every code, and for nothing else, with no two alike", () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(Object.values(AUDIT_ACTION_LABELS)).size).toBe(AUDIT_ACTIONS.length);
    expect(Object.keys(AUDIT_OUTCOME_LABELS).sort()).toEqual([...AUDIT_OUTCOMES].sort());
    expect(new Set(Object.values(AUDIT_OUTCOME_LABELS)).size).toBe(AUDIT_OUTCOMES.length);
  });

  it("keeps a stored code that this version does not know readable as itself", () => {
    expect(auditActionLabel("submission.archive")).toBe("submission.archive");
    expect(auditOutcomeLabel("timeout")).toBe("timeout");
    expect(auditOutcomeLabel("denied")).toBe("Refused");
    expect(staffRoleLabel("front_desk")).toBe("Front desk");
    expect(staffRoleLabel("receptionist")).toBe("receptionist");
  });
});
