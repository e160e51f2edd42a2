import { describe, expect, it } from "vitest";
import { ruleIds, SHORT_LABELS, shortLabel } from "@/lib/screening";

describe("short labels of the rules", () => {
  it("give every rule of the policy a label of a few words, and no label to a rule the policy lacks", () => {
    expect(Object.keys(SHORT_LABELS).sort()).toEqual([...ruleIds].sort());
    for (const id of ruleIds) {
      expect(SHORT_LABELS[id].length, id).toBeGreaterThan(0);
      expect(SHORT_LABELS[id].length, id).toBeLessThanOrEqual(30);
    }
  });

  it("are all different, so a row never shows two reasons alike", () => {
    expect(new Set(Object.values(SHORT_LABELS)).size).toBe(ruleIds.length);
  });

  it("fall back to the id of a rule from an older policy", () => {
    expect(shortLabel("blood_thinners")).toBe("Blood thinners");
    expect(shortLabel("retired_rule")).toBe("retired_rule");
    expect(shortLabel("toString")).toBe("toString");
  });
});
