import type { Metadata } from "next";
import { IntakeFlow } from "@/components/intake/IntakeFlow";
import { getConfig } from "@/lib/server/config";

export const metadata: Metadata = { title: "Your screening" };

// The clinic's name, phone and contact days are read at request time, never baked in at build.
export const dynamic = "force-dynamic";

export default function IntakePage() {
  const { clinicName, clinicPhone, reviewContactDays, bookingUrl } = getConfig();
  // A client component, rendered here on the server too: the first step's HTML is in the
  // document (with the stylesheet inline), so a phone paints it before any script runs, and
  // the form then hydrates that same markup. Keep its first render free of browser-only state.
  return <IntakeFlow clinicName={clinicName} clinicPhone={clinicPhone} reviewContactDays={reviewContactDays} bookingUrl={bookingUrl} />;
}
