import type { FieldErrors } from "react-hook-form";

// Apart from ErrorSummary.tsx so that a form can work out its summary without loading the
// component: the intake's first step loads it only with its checks (rest-of-intake.ts).

export interface ErrorSummaryItem {
  /** The id of the field's control, or of the fieldset around a group of controls. */
  fieldId: string;
  message: string;
}

/** The messages of a react-hook-form's `errors` for `fields`, in that order. */
export function errorSummaryItems(errors: FieldErrors, fields: readonly string[]): ErrorSummaryItem[] {
  return fields.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === "string" ? [{ fieldId: field, message }] : [];
  });
}
