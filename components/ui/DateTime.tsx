// Stored times are UTC and the date filters work on UTC days, so times are shown in UTC too.
const format = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** An instant as "22 Nov 2026, 14:05 UTC", machine-readable in `dateTime`. */
export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{format.format(new Date(iso))} UTC</time>;
}
