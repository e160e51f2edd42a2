import type { Metadata } from "next";
import { ResumeIntake } from "@/components/intake/ResumeIntake";
import { getConfig } from "@/lib/server/config";

export const metadata: Metadata = { title: "Finish a saved screening" };

export const dynamic = "force-dynamic";

export default function ResumeIntakePage() {
  const { clinicName, clinicPhone, reviewContactDays, bookingUrl } = getConfig();
  // The code and date of birth are posted from the page, never put in its URL.
  return <ResumeIntake clinicName={clinicName} clinicPhone={clinicPhone} reviewContactDays={reviewContactDays} bookingUrl={bookingUrl} />;
}
