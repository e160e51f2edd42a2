"use client";

import { createContext, useContext, type ReactNode } from "react";

// The server's setting, handed to the browser: a page never takes the time zone of the
// computer it is opened on (a clinician at home abroad still sees the clinic's times).
const ClinicTimeZoneContext = createContext("UTC");

/** Gives every component below it the clinic's time zone (CLINIC_TIME_ZONE); the root layout sets it. */
export function ClinicTimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <ClinicTimeZoneContext value={timeZone}>{children}</ClinicTimeZoneContext>;
}

/** The clinic's IANA time zone, as the server was configured. */
export function useClinicTimeZone(): string {
  return useContext(ClinicTimeZoneContext);
}
