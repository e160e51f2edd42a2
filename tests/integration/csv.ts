import { parse } from "csv-parse/sync";
import { expect } from "vitest";

/**
 * The body as it reaches the file, byte order mark included (`Response.text()` would drop
 * it, as every UTF-8 decoder does by default).
 */
export async function csvOf(response: Response): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/**
 * A CSV download as a spreadsheet reads it (csv-parse, strict RFC 4180 quoting), after
 * checking how it is written: a UTF-8 byte order mark, CRLF line ends, `header` first.
 * Returns the rows after the header, each an array of fields.
 */
export function csvRows(csv: string, header: readonly string[]): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  const [first, ...rows] = parse(csv.slice(1), { record_delimiter: "\r\n" }) as string[][];
  expect(first).toEqual(header);
  return rows;
}
