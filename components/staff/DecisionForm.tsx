"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Choice } from "@/components/ui/Choice";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { Fieldset } from "@/components/ui/Fieldset";
import { toFieldIssues } from "@/lib/questionnaire";
import { DECISION_LABELS, DECISIONS, decisionSchema, type DecisionValue } from "@/lib/review";
import { fieldErrors, type FieldErrors } from "./field-errors";
import { commonProblem, issuesOf, sendJson } from "./send-json";

type DecisionField = "decision" | "note";
const FIELDS = ["decision", "note"] as const satisfies readonly DecisionField[];

/** Records a clinician's decision; the page then reloads its data and shows the new decision in the history. */
export function DecisionForm({ submissionId }: { submissionId: string }) {
  const router = useRouter();
  const [decision, setDecision] = useState<DecisionValue | undefined>(undefined);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors<DecisionField> | null>(null);
  // A new key per refused attempt mounts the summary again, which moves focus back to it.
  const [attempt, setAttempt] = useState(0);
  const [recorded, setRecorded] = useState<DecisionValue | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (recorded !== null) noticeRef.current?.focus();
  }, [recorded]);

  function refuse(problems: FieldErrors<DecisionField>): void {
    setRecorded(null);
    setErrors(problems);
    setAttempt((count) => count + 1);
  }

  async function record(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    // The server's own schema, checked here first so the clinician hears about it at once.
    const body = note.trim() === "" ? { decision } : { decision, note };
    const checked = decisionSchema.safeParse(body);
    if (!checked.success) {
      refuse(fieldErrors(toFieldIssues(checked.error), FIELDS));
      return;
    }
    setBusy(true);
    const reply = await sendJson(`/api/submissions/${encodeURIComponent(submissionId)}/decision`, "POST", body);
    setBusy(false);
    if (reply.reached && reply.status === 201) {
      setErrors(null);
      setDecision(undefined);
      setNote("");
      setRecorded(checked.data.decision);
      router.refresh();
      return;
    }
    const issues = reply.reached && reply.status === 400 ? issuesOf(reply.body) : [];
    refuse(fieldErrors(issues.length > 0 ? issues : [{ path: "decision", message: commonProblem(reply) }], FIELDS));
  }

  return (
    <form noValidate onSubmit={record} aria-labelledby="decision-heading">
      <h2 id="decision-heading">Record a decision</h2>
      {recorded !== null && (
        <div ref={noticeRef} className="notice notice--success" tabIndex={-1} role="status">
          <p>
            Decision recorded: <strong>{DECISION_LABELS[recorded]}</strong>. It is now the current decision in the
            history.
          </p>
        </div>
      )}
      {errors !== null && <ErrorSummary key={attempt} items={errors.summary} />}
      <Fieldset id="decision" legend="Decision" error={errors?.byField.decision}>
        {(group) => (
          <div className="choices">
            {DECISIONS.map((value) => (
              <Choice
                key={value}
                type="radio"
                id={`decision-${value}`}
                name="decision"
                value={value}
                label={DECISION_LABELS[value]}
                checked={decision === value}
                onChange={() => setDecision(value)}
                {...group}
              />
            ))}
          </div>
        )}
      </Fieldset>
      <Field id="note" label="Note" hint="Required unless you approve for consultation." error={errors?.byField.note}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            name="note"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        Record decision
      </button>
    </form>
  );
}
