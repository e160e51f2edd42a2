import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { readJson, readPathParams, readQuery, validateSearchParams } from "@/lib/server/http/read-input";

// Schemas that would accept any string: the text check must not depend on the schema.
const bodySchema = z.strictObject({ name: z.string(), tags: z.array(z.string()).optional() });
const querySchema = z.strictObject({ q: z.string().optional() });

function jsonRequest(body: BodyInit): Request {
  return new Request("http://localhost/api/test", { method: "POST", headers: { "Content-Type": "application/json" }, body });
}

/** The AppError that `promise` rejects with (or that `run` throws). */
async function refusal(run: () => unknown): Promise<AppError> {
  const error = await Promise.resolve().then(run).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("readJson refuses malformed text with the contract's 400", () => {
  it("accepts valid text, surrogate pairs and escapes included", async () => {
    const body = '{"name":"Zo\\u00eb \\ud83d\\ude00","tags":["\ud83d\ude00"]}';
    await expect(readJson(jsonRequest(body), bodySchema)).resolves.toEqual({ name: "Zoë \ud83d\ude00", tags: ["\ud83d\ude00"] });
  });

  it("names the field of a lone surrogate sent as a JSON escape", async () => {
    const error = await refusal(() => readJson(jsonRequest('{"name":"Jane","tags":["ok","\\ud800"]}'), bodySchema));
    expect(error.code).toBe("invalid_request");
    expect(error.details.issues).toEqual([{ path: "tags.1", message: "Must be valid text" }]);
  });

  it("refuses U+0000 and a malformed key before the schema sees them", async () => {
    const error = await refusal(() => readJson(jsonRequest('{"name":"a\\u0000b","\\udc00":1}'), bodySchema));
    expect(error.details.issues).toEqual([
      { path: "name", message: "Must be valid text" },
      { path: "\uFFFD", message: "Field names must be valid text" },
    ]);
  });

  it("refuses bytes that are not UTF-8 instead of patching them into U+FFFD", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xed, 0xa0, 0x80, ...new TextEncoder().encode('"}')]);
    const error = await refusal(() => readJson(jsonRequest(bytes), bodySchema));
    expect(error.details.issues).toEqual([{ path: "", message: "The request body is not valid JSON." }]);
  });
});

describe("reading a query refuses malformed text", () => {
  it("validateSearchParams gives the parameter as the issue's path, whatever the schema", () => {
    expect(validateSearchParams(querySchema, { q: "Jane\ud800" })).toEqual({
      ok: false,
      issues: [{ path: "q", message: "Must be valid text" }],
    });
    expect(validateSearchParams(querySchema, { "q\0": "x" })).toEqual({
      ok: false,
      issues: [{ path: "q\uFFFD", message: "Field names must be valid text" }],
    });
  });

  it("validateSearchParams still reads valid text", () => {
    expect(validateSearchParams(querySchema, new URLSearchParams({ q: "Zoë \ud83d\ude00" }))).toEqual({ ok: true, data: { q: "Zoë \ud83d\ude00" } });
  });

  it("readQuery answers 400 for a U+0000 in a parameter", async () => {
    const error = await refusal(() => readQuery(new Request("http://localhost/api/test?q=a%00b"), querySchema));
    expect(error.code).toBe("invalid_request");
    expect(error.details.issues).toEqual([{ path: "q", message: "Must be valid text" }]);
  });
});

describe("readPathParams", () => {
  it("gives back path parameters that are valid text", async () => {
    await expect(readPathParams(Promise.resolve({ id: "Zoë 😀 ../x" }))).resolves.toEqual({ id: "Zoë 😀 ../x" });
  });

  it('answers 400 for a U+0000, which Next.js decodes from "%00" in a path', async () => {
    const error = await refusal(() => readPathParams(Promise.resolve({ id: "a\0b" })));
    expect(error.code).toBe("invalid_request");
    expect(error.details.issues).toEqual([{ path: "id", message: "Must be valid text" }]);
  });
});
