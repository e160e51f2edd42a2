import { format } from "node:util";
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";

// A React warning or an unexpected console.error is a bug: fail the test that caused it.
let errors: string[] = [];
let spy: MockInstance<typeof console.error>;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  spy.mockRestore();
  if (errors.length > 0) {
    throw new Error(`Unexpected console.error:\n${errors.join("\n")}`);
  }
});
