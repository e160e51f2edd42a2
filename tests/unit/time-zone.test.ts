import { describe, expect, it } from "vitest";
import { calendarDateIn, dayRange, formatDateTime, isoInZone, isTimeZone, offsetLabel, startOfDay } from "@/lib/time-zone";

const LA = "America/Los_Angeles";
const HOUR = 60 * 60 * 1000;
const hoursIn = (range: { gte?: Date; lt?: Date }): number => (range.lt!.getTime() - range.gte!.getTime()) / HOUR;

describe("isTimeZone", () => {
  it("knows IANA names and UTC, and nothing else", () => {
    for (const name of ["UTC", LA, "Europe/London", "Australia/Sydney", "Asia/Kolkata"]) expect(isTimeZone(name)).toBe(true);
    for (const name of ["Mars/Olympus", "", "America/Los Angeles", "+25:00"]) expect(isTimeZone(name)).toBe(false);
  });
});

describe("calendarDateIn", () => {
  it("takes the clinic's date on both sides of its midnight, not the UTC one", () => {
    // 23:30 on 19 November in California is 07:30 on the 20th in UTC.
    expect(calendarDateIn(new Date("2026-11-20T07:30:00Z"), LA)).toBe("2026-11-19");
    expect(calendarDateIn(new Date("2026-11-20T07:59:59Z"), LA)).toBe("2026-11-19");
    expect(calendarDateIn(new Date("2026-11-20T08:00:00Z"), LA)).toBe("2026-11-20");
    expect(calendarDateIn(new Date("2026-11-20T07:30:00Z"), "UTC")).toBe("2026-11-20");
  });

  it("is a day ahead of UTC east of Greenwich", () => {
    // 23:30 UTC on 19 November is 10:30 on the 20th in Sydney (summer time, UTC+11).
    expect(calendarDateIn(new Date("2026-11-19T23:30:00Z"), "Australia/Sydney")).toBe("2026-11-20");
    expect(calendarDateIn(new Date("2026-11-19T12:59:59Z"), "Australia/Sydney")).toBe("2026-11-19");
    expect(calendarDateIn(new Date("2026-11-19T13:00:00Z"), "Australia/Sydney")).toBe("2026-11-20");
  });
});

describe("startOfDay and dayRange", () => {
  it("starts a California day at its local midnight, 08:00 UTC in winter and 07:00 in summer", () => {
    expect(startOfDay("2026-11-19", LA).toISOString()).toBe("2026-11-19T08:00:00.000Z");
    expect(startOfDay("2026-07-04", LA).toISOString()).toBe("2026-07-04T07:00:00.000Z");
  });

  it("puts 23:30 local in that local day, though UTC is already on the next", () => {
    const range = dayRange("2026-11-19", "2026-11-19", LA);
    const lateEvening = new Date("2026-11-20T07:30:00Z");
    expect(range.gte!.getTime()).toBeLessThanOrEqual(lateEvening.getTime());
    expect(lateEvening.getTime()).toBeLessThan(range.lt!.getTime());
    expect(new Date("2026-11-20T08:00:00Z").getTime()).toBe(range.lt!.getTime());
    expect(hoursIn(range)).toBe(24);
  });

  it("makes 8 March 2026 in California 23 hours long (clocks go forward at 02:00)", () => {
    const range = dayRange("2026-03-08", "2026-03-08", LA);
    expect(range.gte!.toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(range.lt!.toISOString()).toBe("2026-03-09T07:00:00.000Z");
    expect(hoursIn(range)).toBe(23);
    expect(calendarDateIn(new Date(range.lt!.getTime() - 1), LA)).toBe("2026-03-08");
  });

  it("makes 1 November 2026 in California 25 hours long (clocks go back at 02:00)", () => {
    const range = dayRange("2026-11-01", "2026-11-01", LA);
    expect(range.gte!.toISOString()).toBe("2026-11-01T07:00:00.000Z");
    expect(range.lt!.toISOString()).toBe("2026-11-02T08:00:00.000Z");
    expect(hoursIn(range)).toBe(25);
  });

  it("works east of Greenwich, across Sydney's and London's changes too", () => {
    // Sydney: clocks forward on 4 October 2026 (23 hours), back on 5 April 2026 (25 hours).
    expect(startOfDay("2026-11-20", "Australia/Sydney").toISOString()).toBe("2026-11-19T13:00:00.000Z");
    expect(hoursIn(dayRange("2026-10-04", "2026-10-04", "Australia/Sydney"))).toBe(23);
    expect(hoursIn(dayRange("2026-04-05", "2026-04-05", "Australia/Sydney"))).toBe(25);
    // London: 29 March 2026 (23 hours) and 25 October 2026 (25 hours).
    expect(startOfDay("2026-07-01", "Europe/London").toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(hoursIn(dayRange("2026-03-29", "2026-03-29", "Europe/London"))).toBe(23);
    expect(hoursIn(dayRange("2026-10-25", "2026-10-25", "Europe/London"))).toBe(25);
  });

  it("starts a day at the jump where the clocks skip midnight itself", () => {
    // Chile moves its clocks forward at 00:00 (in 2026, on 6 September): that day starts at 01:00 local.
    const start = startOfDay("2026-09-06", "America/Santiago");
    expect(calendarDateIn(start, "America/Santiago")).toBe("2026-09-06");
    expect(calendarDateIn(new Date(start.getTime() - 1), "America/Santiago")).toBe("2026-09-05");
  });

  it("takes years before 100 as written, not as 19xx", () => {
    expect(dayRange("0050-06-01", "0050-06-01", "UTC")).toEqual({ gte: new Date("0050-06-01T00:00:00Z"), lt: new Date("0050-06-02T00:00:00Z") });
    expect(calendarDateIn(new Date("0050-06-01T12:00:00Z"), "Europe/London")).toBe("0050-06-01");
  });

  it("covers several days, and leaves an open end open", () => {
    expect(hoursIn(dayRange("2026-11-01", "2026-11-03", LA))).toBe(24 * 3 + 1);
    expect(dayRange("2026-11-01", undefined, LA)).toEqual({ gte: new Date("2026-11-01T07:00:00Z") });
    expect(dayRange(undefined, "2026-11-01", LA)).toEqual({ lt: new Date("2026-11-02T08:00:00Z") });
    expect(dayRange(undefined, undefined, LA)).toEqual({});
  });
});

describe("formatDateTime and isoInZone", () => {
  it("shows the clinic's wall clock with its offset", () => {
    expect(formatDateTime("2026-11-20T07:30:00Z", LA)).toBe("19 Nov 2026, 23:30 UTC-08:00");
    expect(formatDateTime("2026-07-04T19:05:00Z", LA)).toBe("4 Jul 2026, 12:05 UTC-07:00");
    expect(formatDateTime("2026-11-22T14:05:00Z", "UTC")).toBe("22 Nov 2026, 14:05 UTC");
    expect(formatDateTime("2026-11-19T23:30:00Z", "Australia/Sydney")).toBe("20 Nov 2026, 10:30 UTC+11:00");
    expect(formatDateTime("2026-11-19T23:30:00Z", "Asia/Kolkata")).toBe("20 Nov 2026, 05:00 UTC+05:30");
    expect(() => formatDateTime("yesterday", LA)).toThrow(RangeError);
  });

  it("writes ISO 8601 with the offset, which reads back to the same instant", () => {
    const instant = new Date("2026-11-20T07:30:15Z");
    expect(isoInZone(instant, LA)).toBe("2026-11-19T23:30:15-08:00");
    expect(isoInZone(instant, "UTC")).toBe("2026-11-20T07:30:15+00:00");
    expect(isoInZone(instant, "Europe/London")).toBe("2026-11-20T07:30:15+00:00");
    expect(new Date(isoInZone(instant, "Australia/Sydney")).getTime()).toBe(instant.getTime());
  });

  it("labels offsets", () => {
    expect([0, -480, 330, 600, -210].map(offsetLabel)).toEqual(["UTC", "UTC-08:00", "UTC+05:30", "UTC+10:00", "UTC-03:30"]);
  });
});
