"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { commonProblem, sendJson } from "@/components/ui/send-json";
import type { SignInLock } from "@/lib/staff/types";

/** Ends one sign-in lock; the server's answer shows beside the button. */
export function ClearSignInLockButton({ lock }: { lock: SignInLock }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function clear(): Promise<void> {
    setBusy(true);
    const reply = await sendJson("/api/staff/sign-in-locks/clear", "POST", { lockId: lock.id });
    setBusy(false);
    if (reply.reached && reply.status === 200) {
      router.refresh();
      return;
    }
    setProblem(reply.reached && reply.status === 404 ? "This lock has already ended." : commonProblem(reply));
  }

  return (
    <div className="user-actions">
      <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => void clear()}>
        Clear lock <span className="visually-hidden">for {lock.who}</span>
      </button>
      <p role="status" className={problem ? "user-actions__message field__error" : "user-actions__message"}>
        {problem}
      </p>
    </div>
  );
}
