/** Ids and classes shared by the field wrappers, so hints and errors are wired the same way everywhere. */

export const hintId = (fieldId: string): string => `${fieldId}-hint`;
export const errorId = (fieldId: string): string => `${fieldId}-error`;

/** A space-separated id list for `aria-describedby`, or `undefined` when there is nothing to point at. */
export function describedBy(...ids: readonly (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return present.length === 0 ? undefined : present.join(" ");
}

export function fieldClassName(error: string | undefined): string {
  return error === undefined ? "field" : "field field--error";
}

/** `aria-invalid` only when there is an error: `aria-invalid="false"` is noise for screen readers. */
export function invalidAttribute(error: string | undefined): true | undefined {
  return error === undefined ? undefined : true;
}
