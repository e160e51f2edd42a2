"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { sendJson } from "@/components/ui/send-json";
import { useJsonForm } from "@/components/ui/use-json-form";
import { MAX_WITHDRAWAL_REASON, withdrawalSchema, type WithdrawalInput } from "@/lib/submissions/withdrawal-schema";

export type WithdrawalFormAction = "withdraw" | "restore";

const TEXT = {
  withdraw: {
    endpoint: "withdrawal",
    heading: "Withdraw from the queue",
    intro:
      "For junk or a duplicate. It leaves the queue, its counts, search and the CSV export; nothing is deleted, and an admin can restore it.",
    label: "Reason for withdrawing",
    example: '"Duplicate of MN-7K3P-9Q" or "Test entry"',
    button: "Withdraw from the queue",
    done: "Withdrawn from the queue. Staff who open it see who withdrew it and why.",
    conflict: "It was already withdrawn, perhaps by someone else. Reload the page to see who withdrew it and why.",
  },
  restore: {
    endpoint: "restoration",
    heading: "Restore to the queue",
    intro: "It goes back to the status it had before it was withdrawn, and into the queue and its lists again.",
    label: "Reason for restoring",
    example: '"Not a duplicate: a different patient"',
    button: "Restore",
    done: "Restored to the queue, in the status it had before it was withdrawn.",
    conflict: "It is no longer withdrawn, perhaps restored by someone else. Reload the page to see its status.",
  },
} as const satisfies Record<WithdrawalFormAction, Record<string, string>>;

/**
 * An admin withdraws a junk or duplicate submission from the queue, or restores it, with a
 * reason; the page then reloads its data. The page keeps this form in one place for both, so
 * the confirmation stays (and keeps focus) when the form turns from one into the other.
 */
export function WithdrawalForm({ submissionId, action }: { submissionId: string; action: WithdrawalFormAction }) {
  const router = useRouter();
  const { form, summary, summaryKey, errorOf, refuse } = useJsonForm<WithdrawalInput>({
    resolver: zodResolver(withdrawalSchema),
    fields: ["reason"],
    defaultValues: { reason: "" },
  });
  const { register, handleSubmit, reset, formState } = form;
  const [done, setDone] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const text = TEXT[action];

  useEffect(() => {
    if (done !== null) noticeRef.current?.focus();
  }, [done]);

  async function send({ reason }: WithdrawalInput): Promise<void> {
    setDone(null);
    const reply = await sendJson(`/api/submissions/${encodeURIComponent(submissionId)}/${text.endpoint}`, "POST", { reason });
    if (reply.reached && reply.status === 201) {
      reset();
      setDone(text.done);
      router.refresh();
      return;
    }
    refuse(reply, reply.reached && reply.status === 409 ? text.conflict : undefined);
  }

  return (
    <form id="withdrawal" noValidate onSubmit={handleSubmit(send)} aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">{text.heading}</h2>
      {done !== null && (
        <div ref={noticeRef} className="notice notice--success" tabIndex={-1} role="status">
          <p>{done}</p>
        </div>
      )}
      {summary.length > 0 && <ErrorSummary key={summaryKey} items={summary} />}
      <p>{text.intro}</p>
      <Field id="reason" label={text.label} hint={`Staff see it with the submission, for example ${text.example}. At most ${MAX_WITHDRAWAL_REASON} characters.`} error={errorOf("reason")}>
        {(control) => <textarea {...control} {...register("reason")} className="textarea" rows={3} maxLength={MAX_WITHDRAWAL_REASON} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={formState.isSubmitting}>
        {text.button}
      </button>
    </form>
  );
}
