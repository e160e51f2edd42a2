/** A page's query string as Next.js hands it over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One parameter as the filter forms send it: its first value, or "" when absent. */
export function paramValue(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Several parameters at once, for a form's fields. */
export function paramValues<Field extends string>(params: SearchParams, fields: readonly Field[]): Record<Field, string> {
  return Object.fromEntries(fields.map((field) => [field, paramValue(params, field)])) as Record<Field, string>;
}

/** A link to `path` with the non-empty parameters, so filter links stay short and readable. */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const search = query.toString();
  return search === "" ? path : `${path}?${search}`;
}
