import { describe, expect, it } from "vitest";
import { calendarDateIn } from "@/lib/time-zone";
import { addWorkingDays, isWorkingDay, waitOf, workingDaysBetween } from "@/lib/working-days";

// November 2026: Monday 16, ..., Friday 20, Saturday 21, Sunday 22, Monday 23.
const at = (iso: string) => new Date(iso);
const UTC = { contactDays: 2, timeZone: "UTC" };

describe("working days", () => {
  it.each([
    ["2026-11-20", true],
    ["2026-11-21", false],
    ["2026-11-22", false],
    ["2026-11-23", true],
  ])("%s is a working day: %s", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["the same day", "2026-11-18", "2026-11-18", 0],
    ["Monday to Tuesday", "2026-11-16", "2026-11-17", 1],
    ["Friday to Monday, over the weekend", "2026-11-20", "2026-11-23", 1],
    ["Saturday to Sunday", "2026-11-21", "2026-11-22", 0],
    ["Saturday to Monday", "2026-11-21", "2026-11-23", 1],
    ["Monday to the next Monday", "2026-11-16", "2026-11-23", 5],
    ["across the end of a month and a year", "2026-12-30", "2027-01-04", 3],
    ["backwards", "2026-11-23", "2026-11-20", 0],
  ])("%s: %s to %s is %i", (_name, from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it.each([
    ["2026-11-16", 2, "2026-11-18"],
    ["2026-11-19", 2, "2026-11-23"],
    ["2026-11-20", 2, "2026-11-24"],
    ["2026-11-21", 2, "2026-11-24"],
    ["2026-11-16", 0, "2026-11-16"],
  ])("%s plus %i working days is %s", (from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });
});

describe("the wait against the promise (2 working days)", () => {
  const submitted = at("2026-11-16T10:00:00Z"); // a Monday

  it("is kept to the end of the second working day, and overdue from the first moment of the third", () => {
    expect(waitOf(submitted, at("2026-11-18T23:59:59.999Z"), UTC)).toEqual({ workingDays: 2, dueBy: "2026-11-18", overdue: false });
    expect(waitOf(submitted, at("2026-11-19T00:00:00Z"), UTC)).toEqual({ workingDays: 3, dueBy: "2026-11-18", overdue: true });
  });

  it("does not count the weekend: a Friday submission is on time until the end of Tuesday", () => {
    const friday = at("2026-11-20T16:00:00Z");
    expect(waitOf(friday, at("2026-11-22T20:00:00Z"), UTC)).toMatchObject({ workingDays: 0, overdue: false });
    expect(waitOf(friday, at("2026-11-24T17:00:00Z"), UTC)).toEqual({ workingDays: 2, dueBy: "2026-11-24", overdue: false });
    expect(waitOf(friday, at("2026-11-25T09:00:00Z"), UTC)).toMatchObject({ workingDays: 3, overdue: true });
  });

  it("counts a weekend submission from Monday", () => {
    expect(waitOf(at("2026-11-22T12:00:00Z"), at("2026-11-23T12:00:00Z"), UTC)).toEqual({ workingDays: 1, dueBy: "2026-11-24", overdue: false });
  });

  it("counts days in the time zone it is given, not the server's", () => {
    // 23:30 on Friday in Los Angeles is Saturday in UTC; 09:00 on Tuesday there is 17:00 UTC.
    const fridayNight = at("2026-11-21T07:30:00Z");
    const la = { contactDays: 2, timeZone: "America/Los_Angeles" };
    expect(calendarDateIn(fridayNight, la.timeZone)).toBe("2026-11-20");
    expect(waitOf(fridayNight, at("2026-11-24T17:00:00Z"), la)).toEqual({ workingDays: 2, dueBy: "2026-11-24", overdue: false });
    expect(waitOf(fridayNight, at("2026-11-24T17:00:00Z"), UTC)).toEqual({ workingDays: 2, dueBy: "2026-11-24", overdue: false });
    // Wednesday 01:00 UTC is still Tuesday evening in Los Angeles: not yet overdue there.
    expect(waitOf(fridayNight, at("2026-11-25T01:00:00Z"), la)).toMatchObject({ overdue: false });
    expect(waitOf(fridayNight, at("2026-11-25T01:00:00Z"), UTC)).toMatchObject({ overdue: true });
  });

  it("refuses an unknown time zone", () => {
    expect(() => calendarDateIn(submitted, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
