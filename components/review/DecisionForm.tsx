"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Choice } from "@/components/ui/Choice";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { Fieldset } from "@/components/ui/Fieldset";
import { sendJson } from "@/components/ui/send-json";
import { useJsonForm } from "@/components/ui/use-json-form";
import { decisionSchema, type DecisionInput } from "@/lib/submissions/decision-schema";
import { DECISION_LABELS, DECISIONS, type Decision } from "@/lib/vocabulary";

/** Where to go once a decision is recorded: the next case of the tab the clinician came from. */
export interface NextInQueue {
  /** The tab's name, as on the queue. */
  tabLabel: string;
  queueHref: string;
  /** The next case, or null when the tab holds no other. */
  next: { href: string; reference: string } | null;
}

// A 409: the submission changed while the page was open (an admin withdrew it, or the front
// desk recorded the patient's booking at the same moment).
const CHANGED_MEANWHILE = "Nothing was recorded: the submission changed while this page was open (withdrawn from the queue, or the patient's booking was recorded). Reload the page to see it as it is now.";

/**
 * Records a clinician's decision; the page then reloads its data and shows the new decision in
 * the history, and the notice offers the next case in the queue.
 */
export function DecisionForm({ submissionId, nextInQueue }: { submissionId: string; nextInQueue: NextInQueue }) {
  const router = useRouter();
  const { form, summary, summaryKey, errorOf, refuse } = useJsonForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    fields: ["decision", "note"],
    defaultValues: { note: "" },
  });
  const { register, handleSubmit, reset, formState } = form;
  const [recorded, setRecorded] = useState<Decision | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (recorded !== null) noticeRef.current?.focus();
  }, [recorded]);

  async function record({ decision, note }: DecisionInput): Promise<void> {
    setRecorded(null);
    const body = note ? { decision, note } : { decision };
    const reply = await sendJson(`/api/submissions/${encodeURIComponent(submissionId)}/decision`, "POST", body);
    if (reply.reached && reply.status === 201) {
      reset();
      setRecorded(decision);
      router.refresh();
      return;
    }
    refuse(reply, reply.reached && reply.status === 409 ? CHANGED_MEANWHILE : undefined);
  }

  const decisionError = errorOf("decision");
  return (
    <form noValidate onSubmit={handleSubmit(record)} aria-labelledby="decision-heading">
      <h2 id="decision-heading">Record a decision</h2>
      {recorded !== null && (
        <div ref={noticeRef} className="notice notice--success" tabIndex={-1} role="status">
          <p>
            Decision recorded: <strong>{DECISION_LABELS[recorded]}</strong>. It is now the current decision in the
            history.
          </p>
          <p>
            {nextInQueue.next ? (
              <>
                <Link href={nextInQueue.next.href}>Next in queue</Link>{" "}
                <span className="hint">
                  ({nextInQueue.next.reference} in {nextInQueue.tabLabel})
                </span>
              </>
            ) : (
              <>
                Nothing else is in {nextInQueue.tabLabel}. <Link href={nextInQueue.queueHref}>Back to the queue</Link>
              </>
            )}
          </p>
        </div>
      )}
      {summary.length > 0 && <ErrorSummary key={summaryKey} items={summary} />}
      <Fieldset id="decision" legend="Decision" error={decisionError}>
        {(group) => (
          <div className="choices">
            {DECISIONS.map((value) => (
              <Choice key={value} type="radio" id={`decision-${value}`} value={value} label={DECISION_LABELS[value]} {...group} {...register("decision")} />
            ))}
          </div>
        )}
      </Fieldset>
      <Field id="note" label="Note" hint="Required unless you approve for consultation." error={errorOf("note")}>
        {(control) => <textarea {...control} {...register("note")} className="textarea" maxLength={2000} />}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        Record decision
      </button>
    </form>
  );
}
