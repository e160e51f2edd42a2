import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

// A React warning or an unexpected console.error is a bug: fail the test that caused it.
let errors: string[] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) {
    throw new Error(`Unexpected console.error:\n${errors.join("\n")}`);
  }
});
