import { describe, expect, it } from "vitest";
import { isValidText, malformedTextIssues } from "@/lib/server/http/malformed-text";

describe("isValidText", () => {
  it.each([
    ["plain text", "Jane Doe"],
    ["the empty string", ""],
    ["letters outside ASCII", "Zoë Ørsted-Łukasz 李"],
    ["a surrogate pair (an emoji)", "\ud83d\ude00"],
    ["U+FFFD itself", "\uFFFD"],
    ["other control characters", "tab\there\nnew line"],
  ])("accepts %s", (_, text) => {
    expect(isValidText(text)).toBe(true);
  });

  it.each([
    ["a lone high surrogate", "\ud800"],
    ["a lone low surrogate", "\udc00"],
    ["a high surrogate at the end", "Jane\ud83d"],
    ["a low surrogate before its high one", "\ude00\ud83d"],
    ["U+0000", "Jane\0Doe"],
  ])("refuses %s", (_, text) => {
    expect(isValidText(text)).toBe(false);
  });
});

describe("malformedTextIssues", () => {
  it("finds nothing in valid JSON values of every type", () => {
    expect(malformedTextIssues({ a: "text", b: 1, c: true, d: null, e: [1, "two", { f: "\ud83d\ude00" }] })).toEqual([]);
    expect(malformedTextIssues(null)).toEqual([]);
    expect(malformedTextIssues(12)).toEqual([]);
  });

  it("names each bad value by its dot path, array indexes included, in document order", () => {
    const body = {
      patient: { firstName: "Jane\ud800", lastName: "Doe" },
      answers: { concerns: ["acne_scars", "\udfff"], medications: "\0" },
    };
    expect(malformedTextIssues(body)).toEqual([
      { path: "patient.firstName", message: "Must be valid text" },
      { path: "answers.concerns.1", message: "Must be valid text" },
      { path: "answers.medications", message: "Must be valid text" },
    ]);
  });

  it("checks keys, showing what cannot be text as U+FFFD so the answer is itself valid text", () => {
    expect(malformedTextIssues({ answers: { "bad\ud800key": "fine", "\0": 1 } })).toEqual([
      { path: "answers.bad\uFFFDkey", message: "Field names must be valid text" },
      { path: "answers.\uFFFD", message: "Field names must be valid text" },
    ]);
  });

  it("reports a bad body that is a bare string at the root", () => {
    expect(malformedTextIssues("\ud800")).toEqual([{ path: "", message: "Must be valid text" }]);
  });

  it("walks nesting far deeper than the call stack allows", () => {
    const depth = 100_000;
    const deep = JSON.parse(`${"[".repeat(depth)}"\\ud800"${"]".repeat(depth)}`) as unknown;
    const issues = malformedTextIssues(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(Array.from({ length: depth }, () => "0").join("."));
  });
});
