"use client";

import { useState } from "react";
import { sendJson } from "@/components/ui/send-json";

/** Ends the session on the server, then loads the sign-in page afresh so no staff page stays in memory. */
export function SignOutButton() {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function signOut(): Promise<void> {
    setBusy(true);
    const reply = await sendJson("/api/auth/sign-out", "POST", {});
    if (reply.reached && reply.status === 200) {
      // A full page load drops the client router's cache of staff pages (a shared computer).
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- on purpose, see above
      window.location.assign("/staff/sign-in");
      return;
    }
    setBusy(false);
    setFailed(true);
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={signOut}>
        Sign out
      </button>
      <span role="status" className="staff-bar__problem">
        {failed ? "Could not sign out. Try again." : ""}
      </span>
    </>
  );
}
