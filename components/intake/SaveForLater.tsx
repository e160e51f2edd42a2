"use client";

import { useEffect, useRef, useState } from "react";
import { useClinicTimeZone } from "@/components/ui/ClinicTimeZone";
import { PhoneLink } from "@/components/ui/PhoneLink";
import type { StepDefinition } from "@/lib/questionnaire/types";
import { draftBody, saveDraft, type DraftProblem, type SavedDraft } from "./drafts";
import type { IntakeDraft } from "./step-values";

interface SaveForLaterProps {
  /** The answers so far, including those on screen; called when the patient presses Save. */
  readDraft: () => IntakeDraft;
  steps: readonly StepDefinition[];
  /** The draft saved before, whose code is kept when saving again. */
  saved: SavedDraft | undefined;
  onSaved: (draft: SavedDraft) => void;
  clinicPhone: string;
}

type Attempt = { readonly status: "idle" | "saving" | "saved" } | { readonly status: "failed"; readonly problem: DraftProblem };

// The clinic's calendar day: the draft is deleted on its clock.
const expiryIn = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone });

function Problem({ problem, clinicPhone }: { problem: DraftProblem; clinicPhone: string }) {
  switch (problem) {
    case "rejected":
      return (
        <>To save your answers, first enter your date of birth in &ldquo;About you&rdquo;: you&apos;ll need it to come back to them.</>
      );
    case "busy":
      return (
        <>
          Many screenings have been saved from your internet connection in a short time. Your answers are still here. Wait a
          few minutes and try again, or call us on <PhoneLink phone={clinicPhone} />.
        </>
      );
    case "unavailable":
      return <>We couldn&apos;t save your answers just now. They are still here. Check your connection and try again.</>;
  }
}

/**
 * "Save and finish later": stores the answers so far on the server, encrypted, and gives the
 * patient a code to write down. The code stays in this page's memory only, so saving again
 * updates the same draft.
 */
export function SaveForLater({ readDraft, steps, saved, onSaved, clinicPhone }: SaveForLaterProps) {
  const [attempt, setAttempt] = useState<Attempt>({ status: "idle" });
  const panel = useRef<HTMLDivElement>(null);
  const timeZone = useClinicTimeZone();
  useEffect(() => {
    if (attempt.status === "saved" || attempt.status === "failed") panel.current?.focus();
  }, [attempt]);

  const save = async (): Promise<void> => {
    setAttempt({ status: "saving" });
    const result = await saveDraft(draftBody(readDraft(), steps, { timeZone }), saved?.resumeCode);
    if (result.status === "saved") {
      onSaved(result.draft);
      setAttempt({ status: "saved" });
    } else {
      setAttempt({ status: "failed", problem: result.problem });
    }
  };

  return (
    <div className="save-for-later">
      <button type="button" className="button button--secondary" disabled={attempt.status === "saving"} onClick={() => void save()}>
        {attempt.status === "saving" ? "Saving…" : "Save and finish later"}
      </button>
      {attempt.status === "saved" && saved && (
        <div ref={panel} className="notice notice--success" tabIndex={-1} aria-labelledby="saved-heading">
          <h2 id="saved-heading">Your answers are saved</h2>
          <p>Your code is</p>
          <p className="resume-code">{saved.resumeCode}</p>
          <p>
            Write it down. To finish later, open this screening again and choose &ldquo;Finish a saved screening&rdquo;.
            You&apos;ll need the code and your date of birth.
          </p>
          <p>
            We keep your answers until {expiryIn(timeZone).format(new Date(saved.expiresAt))}, then delete them. You can close this
            page now, or carry on.
          </p>
        </div>
      )}
      {attempt.status === "failed" && (
        <div ref={panel} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>
            <Problem problem={attempt.problem} clinicPhone={clinicPhone} />
          </p>
        </div>
      )}
    </div>
  );
}
