"use client";

import { useMemo, useReducer, useRef, useState } from "react";
import { toFieldIssues } from "@/lib/issues";
import { consentStepSchema, intakeSchema, stepSchemas, type Step, type StepId } from "@/lib/questionnaire";
import { CheckAnswers } from "./CheckAnswers";
import { initialIntakeState, intakeReducer, stepById } from "./intake-reducer";
import { ResultView } from "./ResultView";
import { StepForm, type StepSchema } from "./StepForm";
import { SubmissionNotice, isRetryable } from "./SubmissionNotice";
import { saveStepValues, stepDefaults, type FormValues } from "./step-values";
import { newIdempotencyKey, submitIntake } from "./submit-intake";
import { useBeforeUnload } from "./use-before-unload";

export interface IntakeFlowProps {
  clinicName: string;
  clinicPhone: string;
  /** Working days within which a clinician contacts a patient whose answers need review. */
  reviewContactDays: number;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

function schemaFor(step: Step, firstName: string, lastName: string): StepSchema {
  return step.id === "confirm" ? consentStepSchema({ firstName, lastName }) : stepSchemas[step.id];
}

/**
 * The patient's intake: the questionnaire's steps, Check your answers with consent, sending,
 * then the result. Answers live only in this component's state (never in storage or the URL).
 */
export function IntakeFlow({ clinicName, clinicPhone, reviewContactDays }: IntakeFlowProps) {
  const [state, dispatch] = useReducer(intakeReducer, initialIntakeState);
  // One key for this patient's submission: every retry reuses it, so the server stores it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Blocks a second send before React has re-rendered the disabled button (a double click).
  const sending = useRef(false);
  const [edited, setEdited] = useState(false);
  useBeforeUnload(edited && state.phase === "answering");

  const answering = state.phase === "answering" ? state : undefined;
  const step = answering && stepById(answering.step);
  const firstName = text(answering?.draft.patient.firstName);
  const lastName = text(answering?.draft.patient.lastName);
  const schema = useMemo(() => step && schemaFor(step, firstName, lastName), [step, firstName, lastName]);

  if (state.phase === "done") {
    return (
      <ResultView
        receipt={state.receipt}
        clinicName={clinicName}
        clinicPhone={clinicPhone}
        reviewContactDays={reviewContactDays}
      />
    );
  }
  if (step === undefined || schema === undefined) return null;

  const submit = async (values: FormValues): Promise<void> => {
    if (sending.current) return;
    dispatch({ type: "continued", values });
    const parsed = intakeSchema.safeParse(saveStepValues(state.draft, step, values));
    if (!parsed.success) {
      // An earlier answer is no longer valid (changed, then left with Back): show where.
      dispatch({ type: "issuesFound", issues: toFieldIssues(parsed.error) });
      return;
    }
    sending.current = true;
    dispatch({ type: "submitStarted" });
    const result = await submitIntake(parsed.data, idempotencyKey);
    sending.current = false;
    if (result.status === "accepted") dispatch({ type: "submitSucceeded", receipt: result.receipt });
    else if (result.status === "invalid") dispatch({ type: "issuesFound", issues: result.issues });
    else dispatch({ type: "submitFailed", problem: result.problem });
  };

  const { submission } = state;
  const isConfirm = step.id === "confirm";
  const busy = submission.status === "sending";
  const continueLabel = !isConfirm
    ? "Continue"
    : busy
      ? "Submitting…"
      : submission.status === "failed" && isRetryable(submission.problem)
        ? "Try again"
        : "Submit my answers";

  return (
    // Any change to an answer means there is something to lose by leaving the page.
    <div onChange={() => setEdited(true)}>
      <StepForm
        key={step.id}
        step={step}
        schema={schema}
        defaultValues={stepDefaults(step, state.draft)}
        issues={state.issues}
        focusHeading={state.moved}
        clinicName={clinicName}
        continueLabel={continueLabel}
        busy={busy}
        onContinue={(values) => (isConfirm ? void submit(values) : dispatch({ type: "continued", values }))}
        onBack={
          step.id === "about" && !state.returnToCheck ? undefined : (values) => dispatch({ type: "wentBack", values })
        }
        footer={isConfirm && <SubmissionNotice submission={submission} clinicPhone={clinicPhone} />}
      >
        {isConfirm && (
          <>
            <CheckAnswers
              draft={state.draft}
              disabled={busy}
              onChangeStep={(id: StepId) => dispatch({ type: "changeRequested", step: id })}
            />
            <h2>Now send your answers</h2>
          </>
        )}
      </StepForm>
    </div>
  );
}
