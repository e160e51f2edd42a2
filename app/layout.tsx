import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ClinicTimeZoneProvider } from "@/components/ui/ClinicTimeZone";
import { getConfig } from "@/lib/server/config";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { clinicName } = getConfig();
  return {
    title: { default: `Microneedling screening – ${clinicName}`, template: `%s – ${clinicName}` },
    description: "Check whether microneedling could be right for you before you book.",
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page reads the clinic's configuration at request time, never at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  const { clinicName, clinicTimeZone } = getConfig();
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container">
            <Link className="site-header__name" href="/">
              {clinicName}
            </Link>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          <ClinicTimeZoneProvider timeZone={clinicTimeZone}>{children}</ClinicTimeZoneProvider>
        </main>
      </body>
    </html>
  );
}
