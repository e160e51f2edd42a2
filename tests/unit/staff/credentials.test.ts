import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "@/lib/issues";
import { credentialProblems, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, type Credentials } from "@/lib/staff/credentials";
import { credentialsSchema } from "@/lib/staff/schemas";

/** The server's answer, as the form shows it: the first message for each field. */
function serverProblems(credentials: Credentials): Partial<Record<keyof Credentials, string>> {
  const result = validate(credentialsSchema, credentials);
  if (result.ok) return {};
  const problems: Partial<Record<string, string>> = {};
  for (const { path, message } of result.issues) problems[path] ??= message;
  return problems;
}

// Around each limit, blank and padded values, and any text at all.
const field = (max: number) =>
  fc.oneof(
    fc.constantFrom("", " ", "\t\n", "a", ` ${"a".repeat(max)} `),
    fc.integer({ min: max - 2, max: max + 2 }).map((length) => "a".repeat(length)),
    fc.string({ unit: "grapheme", maxLength: max + 20 }),
  );

describe("the sign-in form's own check", () => {
  it("refuses exactly what the server's schema refuses, with the same words", () => {
    fc.assert(
      fc.property(field(MAX_EMAIL_LENGTH), field(MAX_PASSWORD_LENGTH), (email, password) => {
        expect(credentialProblems({ email, password })).toEqual(serverProblems({ email, password }));
      }),
      { numRuns: 2000 },
    );
  });

  it("names what to fix", () => {
    expect(credentialProblems({ email: "  ", password: "" })).toEqual({ email: "Enter your email address", password: "Enter your password" });
    expect(credentialProblems({ email: `${"a".repeat(250)}@x.yz`, password: "p".repeat(129) })).toEqual({
      email: "Use 254 characters or fewer",
      password: "Use 128 characters or fewer",
    });
    expect(credentialProblems({ email: " nurse@clinic.example ", password: " " })).toEqual({});
  });
});
