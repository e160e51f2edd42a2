import "server-only";
import { z } from "zod";

/**
 * A `YYYY-MM-DD` query parameter. Not the last day of year 9999: a filter to a day ends at
 * the start of the next, and the database holds no five-digit year (a 500 until refused).
 */
export const dateParam = z.iso
  .date({ message: "Use a date like 2026-11-22" })
  .refine((date) => date < "9999-12-31", { message: "Use a date before 9999-12-31" });
