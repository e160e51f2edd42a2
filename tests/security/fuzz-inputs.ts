// What the fuzz test throws at the route handlers: fast-check arbitraries for bodies, query
// strings, headers and path ids, each built to reach a different way of reading input.
import fc from "fast-check";

/** A body as bytes on the wire: JSON text, or raw bytes that need not be UTF-8. */
export type Body = string | Uint8Array<ArrayBuffer>;

/** Any single UTF-16 code unit, U+0000 and lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** `text` with each lone surrogate replaced by U+FFFD, as a URL or a decoded path segment has it. */
const wellFormed = (text: string) => text.replace(/\p{Surrogate}/gu, "\uFFFD");

/** Strings of every kind a JSON body can carry (its escapes reach any code unit). */
export const fuzzText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: codeUnit, maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), loneSurrogate, fc.string({ maxLength: 10 })).map((parts) => parts.join("")),
  fc.constantFrom("", " ", "\0", "\ud800", "\udfff", "\ud83d\ude00", "null", "1e999", "__proto__", "constructor", "<script>alert(1)</script>"),
  fc.string({ unit: "grapheme-ascii", minLength: 1_000, maxLength: 5_000 }),
);

/** Any JSON value, with strings and keys that may hold lone surrogates and U+0000. */
const fuzzJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4, stringUnit: fc.oneof(codeUnit, fc.constant("a")) });

/** A value of the wrong type (or the right type with a wrong value) for any field. */
const fuzzValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fuzzText },
  { weight: 2, arbitrary: fuzzJson },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 53 + 1, -0, 1.5, Number.MAX_VALUE, true, false, null, [], {}) },
  { weight: 1, arbitrary: fc.array(fuzzText, { maxLength: 5 }) },
);

// JSON.stringify cannot write a number that JSON.parse turns into Infinity or rounds to 0, so
// a placeholder string goes in its place and is swapped for the raw literal afterwards.
const RAW = "\uE000raw:";
const hugeNumber = fc
  .constantFrom("1e999", "-1e999", "1e-999", "123456789012345678901234567890", "-0.0", "1E+308", "0.1e1", "1" + "0".repeat(400))
  .map((literal) => `${RAW}${literal}`);

function stringifyWithRawNumbers(value: unknown): string {
  return JSON.stringify(value).replace(new RegExp(`"${RAW}([^"]*)"`, "g"), "$1");
}

type Path = readonly (string | number)[];

/** Every path to a value in `value` (leaves and containers), the root excluded. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

type Mutation =
  | { kind: "set"; path: Path; value: unknown }
  | { kind: "delete"; path: Path }
  | { kind: "add"; path: Path; key: string; value: unknown };

function mutation(paths: readonly Path[]): fc.Arbitrary<Mutation> {
  const add = fc.record({ kind: fc.constant("add" as const), path: fc.constantFrom<Path>([], ...paths), key: fuzzText, value: fuzzValue });
  if (paths.length === 0) return add;
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), path, value: fc.oneof(fuzzValue, hugeNumber) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), path }) },
    { weight: 2, arbitrary: add },
  );
}

function applyMutation(root: unknown, change: Mutation): unknown {
  const path = change.kind === "add" ? [...change.path, change.key] : change.path;
  if (path.length === 0) return change.kind === "delete" ? undefined : change.value;
  let parent = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return root;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (typeof parent !== "object" || parent === null) return root;
  const last = path[path.length - 1]!;
  // defineProperty, so that a fuzzed key such as "__proto__" becomes an own key as JSON.parse makes it.
  if (change.kind === "delete") delete (parent as Record<string | number, unknown>)[last];
  else Object.defineProperty(parent, last, { value: change.value, enumerable: true, writable: true, configurable: true });
  return root;
}

/** `valid` with one to four fields replaced, removed or added, as JSON text. */
export function mutatedJson(valid: object): fc.Arbitrary<string> {
  return fc.array(mutation(pathsIn(valid)), { minLength: 1, maxLength: 4 }).map((changes) => {
    const mutated = changes.reduce<unknown>((root, change) => applyMutation(root, change), structuredClone(valid));
    return stringifyWithRawNumbers(mutated ?? null);
  });
}

const encoder = new TextEncoder();

/** Valid JSON text damaged at the byte level: cut short, spliced, or given bytes that are not UTF-8. */
function damagedBytes(valid: object): fc.Arbitrary<Body> {
  const text = JSON.stringify(valid);
  const bytes = encoder.encode(text);
  const position = fc.nat({ max: bytes.length });
  const junk = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 8 }),
    fc.constantFrom([0xed, 0xa0, 0x80], [0xff], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf]).map((list) => Uint8Array.from(list)),
  );
  return fc.oneof(
    position.map((cut) => bytes.slice(0, cut)),
    fc.tuple(position, junk).map(([at, inserted]) => Uint8Array.from([...bytes.slice(0, at), ...inserted, ...bytes.slice(at)])),
    fc.tuple(position, fc.string({ unit: codeUnit, maxLength: 3 })).map(([at, inserted]) => text.slice(0, at) + inserted + text.slice(at)),
  );
}

/** Nesting far past what any schema expects, up to and past the 64 KiB body limit. */
const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 40_000 }), fc.constantFrom(["[", "]"], ['{"a":', "}"], ['{"patient":', "}"]))
  .map(([depth, [open, close]]) => `${open!.repeat(depth)}${open === "[" ? "" : "1"}${close!.repeat(depth)}`);

/** Bodies for an endpoint whose valid body is `valid`. */
export function fuzzBody(valid: object): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 6, arbitrary: mutatedJson(valid) },
    { weight: 2, arbitrary: fuzzJson.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: damagedBytes(valid) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 1, arbitrary: fc.constantFrom("", "null", "[]", "{}", '"\\ud800"', "{", "\ufeff{}", '{"a":1,"a":2}', "x".repeat(70_000)) },
  );
}

const percentJunk = fc.constantFrom("%", "%G1", "%00", "%ED%A0%80", "%FF", "%C0%80", "%EF%BB%BF", "&", "=", "+", "#", "%2526", "[]", "%5B%5D");

/** A cursor as `nextCursor` encodes one (time|id), with any time Date can hold and any id. */
const cursorLike = fc
  .tuple(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fuzzText), fuzzText)
  .map(([time, id]) => Buffer.from(`${time}|${id}`).toString("base64url"));

/** Values that get past a parameter's first check, so that the later ones are reached too. */
const plausibleParam = fc.oneof(
  fc.constantFrom(
    "eligible", "needs_review", "new,in_review", "decided,,new", "awaiting_information", "queue", "newest",
    "2026-11-23", "0000-01-01", "9999-12-31", "2026-02-29", "275760-09-13",
    "1", "25", "100", "101", "0", "-1", "1.5", "1e999", "0x10", " 7 ",
  ),
  cursorLike,
);

/** One query string for a route whose parameters are `keys`: known keys with fuzzed values, unknown keys, raw junk. */
export function fuzzQuery(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fuzzText });
  const rawPiece = fc.array(fc.oneof(percentJunk, fc.string({ unit: "grapheme-ascii", maxLength: 4 })), { maxLength: 4 }).map((parts) => parts.join(""));
  const pair = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(key, fc.oneof(plausibleParam, fuzzText)).map((entry) => new URLSearchParams([entry]).toString()) },
    { weight: 1, arbitrary: fc.tuple(key, rawPiece).map(([name, raw]) => `${encodeURIComponent(wellFormed(name))}=${raw}`) },
  );
  return fc.array(pair, { maxLength: 6 }).map((pairs) => (pairs.length === 0 ? "" : `?${pairs.join("&")}`));
}

/** A header value Headers accepts: bytes 0x20-0xFF and tabs, no line breaks. */
const headerText = fc
  .string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0xff }), fc.constant(0x09)).map((code) => String.fromCharCode(code)), maxLength: 300 })
  .map((value) => value.trim());

const mediaType = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "application/json; charset=utf-8",
      " Application/JSON ;charset=utf-16",
      "application/json;",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
      "",
    ),
  },
  { weight: 1, arbitrary: headerText },
);

/**
 * Headers beside the session cookie: mostly just JSON's, so that the body and query are
 * read; otherwise the ones the app reads, and some it does not, fuzzed.
 */
export const fuzzHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ "content-type": "application/json" }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        "content-type": mediaType,
        "idempotency-key": fc.oneof(headerText, fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 220 })),
        "x-forwarded-for": fc.oneof(fc.ipV4(), fc.ipV6(), headerText),
        "x-real-ip": headerText,
        "content-length": fc.oneof(fc.nat().map(String), headerText),
        "accept-language": headerText,
        origin: headerText,
      },
      { requiredKeys: ["content-type"] },
    ),
  },
);

/** A path segment as Next.js hands it over once decoded: any well-formed text, "%00" giving U+0000. */
export function fuzzId(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 2, arbitrary: fuzzText.map(wellFormed) },
    { weight: 1, arbitrary: fc.constantFrom("", "\0", "..", "%2F", "a/b", "x".repeat(5_000), "00000000-0000-0000-0000-000000000000") },
  );
}

/** `text` with up to three characters replaced. */
function nearly(text: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.string({ unit: "grapheme-ascii", maxLength: 2 })), { minLength: 1, maxLength: 3 })
    .map((edits) => edits.reduce((result, [at, inserted]) => result.slice(0, at) + inserted + result.slice(at + 1), text));
}

/** A Cookie header that is not a live session: `live` nearly right, or anything at all. */
export function fuzzCookie(live: string): fc.Arbitrary<string> {
  const name = live.split("=")[0]!;
  return fc.oneof(nearly(live), headerText, headerText.map((value) => `${name}=${value}`));
}
