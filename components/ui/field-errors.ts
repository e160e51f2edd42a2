import type { ErrorSummaryItem } from "@/components/ui/error-summary-items";
import type { FieldIssue } from "@/lib/issues";

export interface FieldErrors<Field extends string> {
  /** The first message for each field, shown inline. */
  byField: Partial<Record<Field, string>>;
  /** The same messages for the error summary; a field's id is its name. */
  summary: ErrorSummaryItem[];
}

/**
 * Spreads the server's issues over a form's fields by the first segment of their path. An
 * issue naming no field of the form (a bad cursor, say) goes to the first field, so it is
 * still shown and linked.
 */
export function fieldErrors<Field extends string>(issues: readonly FieldIssue[], fields: readonly [Field, ...Field[]]): FieldErrors<Field> {
  const byField: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = fields.find((candidate) => candidate === issue.path.split(".")[0]) ?? fields[0];
    byField[field] ??= issue.message;
  }
  const summary = fields.flatMap((field) => {
    const message = byField[field];
    return message === undefined ? [] : [{ fieldId: field, message }];
  });
  return { byField, summary };
}
