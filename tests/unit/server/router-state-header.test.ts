import { describe, expect, it } from "vitest";
import { MAX_ROUTER_STATE_TREE_LENGTH, routerStateTreeProblem } from "@/lib/server/http/router-state-header";

const encode = (tree: unknown) => encodeURIComponent(JSON.stringify(tree));

// Captured from Chromium on this app (Next 16.4): a navigation from the landing page to the
// intake, and a link prefetch.
const NAVIGATION = '["",{"children":["(patient)",{"children":["intake",{"children":["__PAGE__",{},null,null,0]},null,null,0]},null,"refetch",0]},null,null,16]';
const PREFETCH = '["",{},null,"metadata-only"]';

describe("routerStateTreeProblem", () => {
  it("accepts an absent header and the trees Next's router sends", () => {
    expect(routerStateTreeProblem(null)).toBeUndefined();
    expect(routerStateTreeProblem(encodeURIComponent(NAVIGATION))).toBeUndefined();
    expect(routerStateTreeProblem(encodeURIComponent(PREFETCH))).toBeUndefined();
  });

  it.each([
    ["a broken percent-encoding", "%E0%A4%A"],
    ["text that is not JSON", "not-json"],
    ["JSON that is not an array", encode({ children: [] })],
    ["an array that is not a tree", encode([1])],
    ["a tree with a malformed branch", encode(["", { children: 5 }])],
    ["an empty value", ""],
  ])("refuses %s", (_, value) => {
    expect(routerStateTreeProblem(value)).toMatch(/router state tree/);
  });

  it(`refuses a header over ${MAX_ROUTER_STATE_TREE_LENGTH} characters before parsing it`, () => {
    const deep = encode(["", { children: ["x".repeat(MAX_ROUTER_STATE_TREE_LENGTH), {}] }]);
    expect(routerStateTreeProblem(deep)).toMatch(/at most 16384 characters/);
  });
});
