"use client";

import { formatDateTime } from "@/lib/time-zone";
import { useClinicTimeZone } from "./ClinicTimeZone";

/**
 * An instant on the clinic's clock with its offset, "19 Nov 2026, 23:30 UTC-08:00" (or
 * "… 14:05 UTC"), machine-readable in `dateTime`. Numbers only come from Intl, so the
 * server's HTML and the browser's render agree.
 */
export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, useClinicTimeZone())}</time>;
}
