import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ageOn, utcCalendarDate } from "@/lib/questionnaire";
import { isCalendarDate } from "@/lib/questionnaire/calendar-date";

describe("ageOn", () => {
  it.each([
    { born: "1990-04-27", on: "2026-04-26", age: 35 },
    { born: "1990-04-27", on: "2026-04-27", age: 36 },
    { born: "1990-04-27", on: "1990-04-27", age: 0 },
    { born: "1990-12-31", on: "1991-01-01", age: 0 },
    // 29 February birthdays: 1 March in non-leap years, 29 February in leap years.
    { born: "2008-02-29", on: "2026-02-28", age: 17 },
    { born: "2008-02-29", on: "2026-03-01", age: 18 },
    { born: "2008-02-29", on: "2028-02-28", age: 19 },
    { born: "2008-02-29", on: "2028-02-29", age: 20 },
    { born: "1906-11-15", on: "2026-11-15", age: 120 },
  ])("born $born is $age on $on", ({ born, on, age }) => {
    expect(ageOn(born, on)).toBe(age);
  });

  it.each([
    ["2023-02-29", "2026-01-01"],
    ["1990-04-27", "2026-13-01"],
    ["27/04/1990", "2026-01-01"],
  ])("refuses %s on %s", (born, on) => {
    expect(() => ageOn(born, on)).toThrow(RangeError);
  });
});

describe("isCalendarDate", () => {
  it.each(["2024-02-29", "2000-02-29", "0000-02-29", "1990-04-30", "1990-12-31"])("accepts %s", (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(["2023-02-29", "1900-02-29", "1990-04-31", "1990-13-01", "1990-00-10", "1990-01-00", "1990-4-27", "19900427", " 1990-04-27", ""])(
    "refuses %j",
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );

  it("agrees with zod's ISO date, which the server used before the browser needed a check without zod", () => {
    const digits = (length: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });
    const dateShaped = fc.tuple(digits(4), digits(2), digits(2)).map(([year, month, day]) => `${year}-${month}-${day}`);
    const isoDate = z.iso.date();
    fc.assert(
      fc.property(fc.oneof(dateShaped, fc.string({ maxLength: 12 })), (text) => {
        expect(isCalendarDate(text)).toBe(isoDate.safeParse(text).success);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("utcCalendarDate", () => {
  it("takes the UTC date, whatever the offset the instant was written with", () => {
    expect(utcCalendarDate(new Date("2026-11-14T23:30:00-05:00"))).toBe("2026-11-15");
    expect(utcCalendarDate(new Date("2026-11-15T00:30:00+14:00"))).toBe("2026-11-14");
  });
});
