import "server-only";
import { getConfig } from "@/lib/server/config";
import { calendarDateIn } from "@/lib/time-zone";

/** The clinic's calendar date at `now` (`YYYY-MM-DD`): its "today", and the date ages are taken on. */
export function clinicDate(now: Date): string {
  return calendarDateIn(now, getConfig().clinicTimeZone);
}
