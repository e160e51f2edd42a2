import "server-only";

/**
 * The clinic's IANA time zone, for "today" and working days in the queue. UTC until the
 * CLINIC_TIME_ZONE setting (issue 14, another branch) is merged: then this returns
 * `getConfig().clinicTimeZone`, and every caller follows.
 */
export function clinicTimeZone(): string {
  return "UTC";
}
