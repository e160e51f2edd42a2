import "server-only";
import { apiResponseHeaders } from "./respond";

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * `=`, `+`, `-`, `@`, and tab and carriage return, which some spreadsheets skip before
 * looking for one of the others.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A value that a spreadsheet shows as text, never runs: a formula-like start gets a leading `'`. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One field, always quoted (RFC 4180 allows it): a spreadsheet set to split on semicolons, as
 * in much of Europe, would otherwise start a new cell inside `Ann;=HYPERLINK(...)`, a cell
 * whose formula no leading `'` on the whole field could stop.
 */
export function csvField(value: string): string {
  return `"${neutralizeFormula(value).replaceAll('"', '""')}"`;
}

/**
 * A CSV document (RFC 4180: CRLF line endings, every field escaped). It starts with a byte
 * order mark, so that Excel reads it as UTF-8 and keeps names like "Zoë" intact.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A CSV document as a download named `filename`, with the headers of every API response. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      ...apiResponseHeaders(),
    },
  });
}
