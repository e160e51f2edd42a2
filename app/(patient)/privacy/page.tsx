import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/privacy/PrivacyNotice";
import { getPrivacyNotice } from "@/lib/server/privacy-notice";

export const metadata: Metadata = { title: "Privacy notice" };

// The notice names the clinic, whose configuration is read at request time, never at build.
export const dynamic = "force-dynamic";

/** The clinic's privacy notice (PRIVACY_NOTICE_FILE, or the default): server-rendered HTML, no script needed. */
export default function PrivacyPage() {
  return (
    <>
      <h1>Privacy notice</h1>
      <PrivacyNotice markdown={getPrivacyNotice()} />
      <p className="hint">If you opened this notice from your screening, close this tab to go back to your answers.</p>
    </>
  );
}
