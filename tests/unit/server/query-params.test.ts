import { describe, expect, it } from "vitest";
import { cursorParam, encodeCursor } from "@/lib/server/db/keyset-cursor";
import { dateParam } from "@/lib/server/http/query-params";

const cursorOf = (text: string) => Buffer.from(text).toString("base64url");

describe("dateParam", () => {
  it.each(["2026-11-22", "0000-01-01", "9999-12-30"])("accepts %s", (date) => {
    expect(dateParam.safeParse(date).success).toBe(true);
  });

  // A `to` filter ends at the start of the next day, which for 9999-12-31 has a five-digit year.
  it.each(["9999-12-31", "2026-02-30", "+275760-09-13", "2026-11-22T00:00:00Z"])("refuses %s", (date) => {
    expect(dateParam.safeParse(date).success).toBe(false);
  });
});

describe("cursorParam", () => {
  it("accepts what encodeCursor writes", () => {
    expect(cursorParam.safeParse(encodeCursor(new Date("2026-11-22T10:00:00.123Z"), "a-submission-id")).success).toBe(true);
  });

  it.each([
    ["a time past year 9999, which Date parses but the database cannot hold", "+275760-09-13T00:00:00.000Z|id"],
    ["a time before year 0", "-000001-01-01T00:00:00.000Z|id"],
    ["a time in another format", "2026-11-22|id"],
    ["an id holding U+0000", "2026-11-22T10:00:00.000Z|a\0b"],
    ["no id", "2026-11-22T10:00:00.000Z|"],
  ])("refuses %s", (_, text) => {
    expect(cursorParam.safeParse(cursorOf(text)).success).toBe(false);
  });
});
