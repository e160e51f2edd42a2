import "server-only";
import type { FieldIssue } from "@/lib/issues";

// A lone UTF-16 surrogate ("\ud800") has no UTF-8 form, so hashing or storing it fails (or
// silently turns it into U+FFFD), and PostgreSQL refuses U+0000 in both `text` and `jsonb`.
// Neither belongs in a name or a note, so both are bad input rather than something to
// repair. With the `u` flag a surrogate pair reads as one code point, so only lone ones match.
const NOT_TEXT = /[\p{Surrogate}\0]/u;
const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, "gu");

/** Whether a string can be stored and hashed as it is: no lone surrogate, no U+0000. */
export function isValidText(text: string): boolean {
  return !NOT_TEXT.test(text);
}

/**
 * One issue for every string in `value` (object keys included, at any depth) that is not
 * valid text, with the dot path of the field it was found in, in document order.
 */
export function malformedTextIssues(value: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // A stack rather than recursion: a 64 KiB body can nest 30,000 levels deep.
  const pending: { key: string | undefined; value: unknown; path: string }[] = [{ key: undefined, value, path: "" }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { key, value, path } = next;
    if (key !== undefined && !isValidText(key)) {
      issues.push({ path: path.replace(NOT_TEXT_ALL, "\uFFFD"), message: "Field names must be valid text" });
    } else if (typeof value === "string") {
      if (!isValidText(value)) issues.push({ path, message: "Must be valid text" });
    } else if (typeof value === "object" && value !== null) {
      const entries = Object.entries(value);
      // Last pushed, first checked: push from the end to report in document order.
      for (let index = entries.length - 1; index >= 0; index--) {
        const [childKey, child] = entries[index]!;
        pending.push({ key: childKey, value: child, path: path === "" ? childKey : `${path}.${childKey}` });
      }
    }
  }
  return issues;
}
