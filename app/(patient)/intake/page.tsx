import type { Metadata } from "next";
import { IntakeFlow } from "@/components/intake/IntakeFlow";
import { getConfig } from "@/lib/server/config";

export const metadata: Metadata = { title: "Your screening" };

// The clinic's name, phone and contact days are read at request time, never baked in at build.
export const dynamic = "force-dynamic";

export default function IntakePage() {
  const { clinicName, clinicPhone, reviewContactDays } = getConfig();
  return <IntakeFlow clinicName={clinicName} clinicPhone={clinicPhone} reviewContactDays={reviewContactDays} />;
}
