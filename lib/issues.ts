import type { z } from "zod";

/** One problem with a request, as the HTTP API and the forms report it. */
export interface FieldIssue {
  /** Dot path from the body's root, e.g. `answers.keloids` or `answers.concerns.0`. */
  readonly path: string;
  readonly message: string;
}

/** Whether a value read from a response body is a `FieldIssue`. */
export function isFieldIssue(value: unknown): value is FieldIssue {
  return typeof value === "object" && value !== null && "path" in value && "message" in value
    && typeof value.path === "string" && typeof value.message === "string";
}

/**
 * Flattens zod issues into the API's error list: one entry per problem, with dot paths.
 * An unknown-keys issue names several keys at once, so it becomes one entry per key.
 * The one mapper from zod to API issues: the server and the forms both use it.
 */
export function toFieldIssues(error: { readonly issues: readonly z.core.$ZodIssue[] }): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    return issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: [...path, key].join("."), message: issue.message }))
      : [{ path: path.join("."), message: issue.message }];
  });
}

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: FieldIssue[] };

/** Checks a value against a schema without throwing: the typed value, or the API's issues. */
export function validate<Schema extends z.ZodType>(schema: Schema, value: unknown): Validation<z.output<Schema>> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: toFieldIssues(parsed.error) };
}
