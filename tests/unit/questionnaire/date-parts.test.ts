import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DATE_PARTS_PROBLEMS,
  datePartsMessages,
  datePartsOf,
  isDateParts,
  parseDateParts,
  partsWithProblem,
  type DatePartsProblem,
} from "@/lib/questionnaire/date-parts";
import { isCalendarDate } from "@/lib/questionnaire/calendar-date";

const messages = datePartsMessages("Date of birth");
const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, messages);

describe("parseDateParts: dates it reads", () => {
  it.each([
    ["27", "4", "1990", "1990-04-27"],
    ["27", "04", "1990", "1990-04-27"],
    ["7", "4", "1990", "1990-04-07"],
    ["07", "04", "1990", "1990-04-07"],
    [" 27 ", "\t4", "1990 ", "1990-04-27"],
    ["27", "april", "1990", "1990-04-27"],
    ["27", "April", "1990", "1990-04-27"],
    ["27", "Apr", "1990", "1990-04-27"],
    ["27", "APR.", "1990", "1990-04-27"],
    ["1", "Sept", "1990", "1990-09-01"],
    ["1", "sep", "1990", "1990-09-01"],
    ["31", "dec", "1999", "1999-12-31"],
    ["29", "2", "2024", "2024-02-29"],
    ["29", "2", "2000", "2000-02-29"],
  ])("%j %j %j is %s", (day, month, year, date) => {
    expect(parse(day, month, year)).toEqual({ ok: true, date });
  });
});

describe("parseDateParts: what it refuses, and which boxes are wrong", () => {
  it.each<[string, string, string, DatePartsProblem, string, string[]]>([
    ["", "", "", "required", "Enter date of birth", ["day", "month", "year"]],
    [" ", "\t", "  ", "required", "Enter date of birth", ["day", "month", "year"]],
    ["", "4", "1990", "missingDay", "Date of birth must include a day", ["day"]],
    ["27", "", "1990", "missingMonth", "Date of birth must include a month", ["month"]],
    ["27", "4", "", "missingYear", "Date of birth must include a year", ["year"]],
    ["", "", "1990", "missingDayAndMonth", "Date of birth must include a day and month", ["day", "month"]],
    ["", "4", "", "missingDayAndYear", "Date of birth must include a day and year", ["day", "year"]],
    ["27", "", "", "missingMonthAndYear", "Date of birth must include a month and year", ["month", "year"]],
    ["27", "4", "90", "yearDigits", "Year must include 4 numbers", ["year"]],
    ["27", "4", "19900", "yearDigits", "Year must include 4 numbers", ["year"]],
    ["27", "4", "199O", "yearDigits", "Year must include 4 numbers", ["year"]],
    ["31", "2", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["29", "2", "2023", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["29", "2", "1900", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["31", "4", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["0", "4", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27", "13", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27", "0", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27th", "4", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["-1", "4", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["027", "4", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27", "ap", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27", "aprl", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
    ["27", "4.5", "1990", "invalid", "Date of birth must be a real date", ["day", "month", "year"]],
  ])("%j %j %j: %s", (day, month, year, problem, message, parts) => {
    expect(parse(day, month, year)).toEqual({ ok: false, problem, message, parts });
  });

  it("reports missing boxes before a short year, and a short year before a date that does not exist", () => {
    expect(parse("", "13", "90")).toMatchObject({ problem: "missingDay" });
    expect(parse("32", "13", "90")).toMatchObject({ problem: "yearDigits" });
  });

  it("takes missing parts as empty ones", () => {
    expect(parseDateParts({}, messages)).toMatchObject({ problem: "required" });
    expect(parseDateParts({ day: "27", year: "1990" }, messages)).toMatchObject({ problem: "missingMonth" });
  });

  it("words its messages for the date it is given, and has defaults of its own", () => {
    expect(parseDateParts({ day: "27", month: "", year: "" }, datePartsMessages("Start date"))).toMatchObject({
      message: "Start date must include a month and year",
    });
    expect(parseDateParts({ day: "31", month: "2", year: "1990" })).toMatchObject({ message: "Date must be a real date" });
    const mine = { ...messages, required: "Enter your date of birth" };
    expect(parseDateParts({ day: "", month: "", year: "" }, mine)).toMatchObject({ message: "Enter your date of birth" });
  });

  it("gives each problem a message of its own", () => {
    const all = DATE_PARTS_PROBLEMS.map((problem) => messages[problem]);
    expect(new Set(all).size).toBe(DATE_PARTS_PROBLEMS.length);
  });

  it("marks a box wrong only for the problems about it", () => {
    expect(partsWithProblem("missingMonth")).toEqual(["month"]);
    expect(partsWithProblem("yearDigits")).toEqual(["year"]);
    expect(partsWithProblem("invalid")).toEqual(["day", "month", "year"]);
  });
});

describe("parseDateParts against the calendar", () => {
  it("reads exactly the real dates, whatever the boxes hold", () => {
    const box = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.integer({ min: 0, max: 9 }).map((value) => `0${value}`),
      fc.constantFrom("", " ", "x", "1.5", "june", "Feb"),
    );
    const year = fc.oneof(fc.integer({ min: 1000, max: 2999 }).map(String), fc.constantFrom("", "90", "02000"));
    fc.assert(
      fc.property(box, box, year, (day, month, year) => {
        const parsed = parseDateParts({ day, month, year });
        if (parsed.ok) {
          expect(isCalendarDate(parsed.date)).toBe(true);
          expect(Number(parsed.date.slice(8))).toBe(Number(day));
          expect(parsed.date.slice(0, 4)).toBe(year);
        } else {
          expect(partsWithProblem(parsed.problem)).toEqual(parsed.parts);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back every date it shows in the boxes", () => {
    const date = fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
      .map((instant) => instant.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (iso) => {
        expect(parseDateParts(datePartsOf(iso))).toEqual({ ok: true, date: iso });
      }),
    );
  });
});

describe("datePartsOf", () => {
  it("shows a date without leading zeros, as a patient types it", () => {
    expect(datePartsOf("1990-04-07")).toEqual({ day: "7", month: "4", year: "1990" });
    expect(datePartsOf("1990-12-27")).toEqual({ day: "27", month: "12", year: "1990" });
  });

  it.each(["", "27/04/1990", "1990-4-27", "yesterday"])("leaves the boxes empty for %j", (text) => {
    expect(datePartsOf(text)).toEqual({ day: "", month: "", year: "" });
  });
});

describe("isDateParts", () => {
  it("knows a date input's value from anything else", () => {
    expect(isDateParts({ day: "", month: "", year: "" })).toBe(true);
    expect(isDateParts({ day: "27", month: "4", year: "1990", extra: 1 })).toBe(true);
    for (const other of [undefined, null, "1990-04-27", 19900427, [], {}, { day: 27, month: "4", year: "1990" }, { day: "27", month: "4" }]) {
      expect(isDateParts(other)).toBe(false);
    }
  });
});
