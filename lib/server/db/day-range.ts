import "server-only";
import { getConfig } from "@/lib/server/config";
import { dayRange } from "@/lib/time-zone";

/**
 * A Prisma date filter for whole days of the clinic's calendar from `from` to `to`, both
 * included: a front desk in California filtering on the 19th sees what arrived that evening.
 */
export function clinicDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return dayRange(from, to, getConfig().clinicTimeZone);
}
