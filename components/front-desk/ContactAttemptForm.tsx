"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { Fieldset } from "@/components/ui/Fieldset";
import { Choice } from "@/components/ui/Choice";
import { sendJson } from "@/components/ui/send-json";
import { useJsonForm } from "@/components/ui/use-json-form";
import { CONTACT_NOTE_MAX_LENGTH, contactAttemptSchema, type ContactAttemptInput } from "@/lib/follow-up/contact-attempt-schema";
import { CONTACT_RESULT_LABELS, CONTACT_RESULTS, type ContactResult } from "@/lib/vocabulary";

const CONFLICT = "This patient is no longer on the list: someone else may have recorded that they were reached, or an admin withdrew the submission. The list shows where things stand now.";

interface ContactAttemptFormProps {
  submissionId: string;
  /** The patient's name, so the form's heading says whom the attempt is for. */
  patientName: string;
  /** After the server stored the attempt (or refused it because the patient left the list): the list reloads. */
  onRecorded: (message: string) => void;
}

/**
 * The front desk records one attempt to reach a patient: what came of it and an optional
 * note. Checked with the server's own schema before sending; the server's refusals are
 * shown beside the fields the same way.
 */
export function ContactAttemptForm({ submissionId, patientName, onRecorded }: ContactAttemptFormProps) {
  const { form, summary, summaryKey, errorOf, refuse } = useJsonForm<ContactAttemptInput>({
    resolver: zodResolver(contactAttemptSchema),
    fields: ["result", "note"],
    // No result chosen: the desk must say what happened, never accept a default.
    defaultValues: { note: "" },
  });
  const { register, handleSubmit, formState } = form;

  async function send({ result, note }: ContactAttemptInput): Promise<void> {
    const reply = await sendJson(`/api/submissions/${encodeURIComponent(submissionId)}/contact-attempts`, "POST", { result, note });
    if (reply.reached && reply.status === 201) {
      onRecorded(`${CONTACT_RESULT_LABELS[result]}: recorded for ${patientName}.`);
      return;
    }
    refuse(reply, reply.reached && reply.status === 409 ? CONFLICT : undefined);
  }

  const headingId = `attempt-heading-${submissionId}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form opens from a button: its heading takes focus, so a screen reader says whom it is for.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form noValidate onSubmit={handleSubmit(send)} aria-labelledby={headingId} className="contact-attempt">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>Record an attempt to contact {patientName}</h3>
      {summary.length > 0 && <ErrorSummary key={summaryKey} items={summary} />}
      <Fieldset id="result" legend="What happened?" error={errorOf("result")}>
        {(control) =>
          CONTACT_RESULTS.map((result: ContactResult) => (
            <Choice key={result} {...control} {...register("result")} type="radio" id={`result-${result}`} value={result} label={CONTACT_RESULT_LABELS[result]} />
          ))
        }
      </Fieldset>
      <Field id="note" label="Note (optional)" hint={`For whoever tries next, for example "Call after 6 pm". At most ${CONTACT_NOTE_MAX_LENGTH} characters.`} error={errorOf("note")}>
        {(control) => <textarea {...control} {...register("note")} className="textarea" rows={2} maxLength={CONTACT_NOTE_MAX_LENGTH} />}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        Record the attempt
      </button>
    </form>
  );
}
