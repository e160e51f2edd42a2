"use client";

import { useMemo, useReducer, useRef, useState } from "react";
import type { Step } from "@/lib/questionnaire/lookup";
import { checkStep } from "@/lib/questionnaire/step-check";
import { aboutStep } from "@/lib/questionnaire/steps/about";
import { newIdempotencyKey } from "./idempotency-key";
import { initialIntakeState, intakeReducer } from "./intake-reducer";
import { NextStepPending } from "./NextStepPending";
import { StepForm, type StepChecker } from "./StepForm";
import { saveStepValues, stepDefaults, type FormValues } from "./step-values";
import { useBeforeUnload } from "./use-before-unload";
import { useRestOfIntake, type RestOfIntake } from "./use-rest-of-intake";

export interface IntakeFlowProps {
  clinicName: string;
  clinicPhone: string;
  /** Working days within which a clinician contacts a patient whose answers need review. */
  reviewContactDays: number;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Comes with the page, so the first step is in the server's HTML and works at once. */
const firstStep: Step = aboutStep;

/**
 * The patient's intake: the questionnaire's steps, Check your answers with consent, sending,
 * then the result. Answers live only in this component's state (never in storage or the URL).
 * Everything after the first step loads once the patient starts answering (`useRestOfIntake`).
 */
export function IntakeFlow({ clinicName, clinicPhone, reviewContactDays }: IntakeFlowProps) {
  const [state, dispatch] = useReducer(intakeReducer, initialIntakeState);
  // One key for this patient's submission: every retry reuses it, so the server stores it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Blocks a second send before React has re-rendered the disabled button (a double click).
  const sending = useRef(false);
  const [edited, setEdited] = useState(false);
  const { load, start } = useRestOfIntake();
  useBeforeUnload(edited && state.phase === "answering");

  const rest = load.status === "loaded" ? load.rest : undefined;
  const answering = state.phase === "answering" ? state : undefined;
  const step =
    answering && (answering.step === firstStep.id ? firstStep : rest?.steps.find((candidate) => candidate.id === answering.step));
  const firstName = text(answering?.draft.patient.firstName);
  const lastName = text(answering?.draft.patient.lastName);
  // The consent step compares the signature with the name given in "About you".
  const check = useMemo<StepChecker | undefined>(
    () => step && ((values) => checkStep(step.questions, values, { patient: { firstName, lastName } })),
    [step, firstName, lastName],
  );

  if (state.phase === "done") {
    // Sending needed the rest of the intake, so its result view has loaded.
    return (
      rest && (
        <rest.ResultView
          receipt={state.receipt}
          clinicName={clinicName}
          clinicPhone={clinicPhone}
          reviewContactDays={reviewContactDays}
        />
      )
    );
  }
  if (step === undefined || check === undefined) return <NextStepPending failed={load.status === "failed"} />;

  const submit = async (values: FormValues, { checkIntake, locateIssues, submitIntake }: RestOfIntake): Promise<void> => {
    if (sending.current) return;
    dispatch({ type: "continued", step, values });
    const checked = checkIntake(saveStepValues(state.draft, step, values));
    if (!checked.ok) {
      // An earlier answer is no longer valid (changed, then left with Back): show where.
      dispatch({ type: "issuesFound", located: locateIssues(checked.issues) });
      return;
    }
    sending.current = true;
    dispatch({ type: "submitStarted" });
    const result = await submitIntake(checked.intake, idempotencyKey);
    sending.current = false;
    if (result.status === "accepted") dispatch({ type: "submitSucceeded", receipt: result.receipt });
    else if (result.status === "invalid") dispatch({ type: "issuesFound", located: locateIssues(result.issues) });
    else dispatch({ type: "submitFailed", problem: result.problem });
  };

  const { submission } = state;
  // Check your answers is a later step, so `rest` has loaded whenever it is on screen.
  const confirming = step.id === "confirm" ? rest : undefined;
  const busy = submission.status === "sending";
  const continueLabel = !confirming
    ? "Continue"
    : busy
      ? "Submitting…"
      : submission.status === "failed" && confirming.isRetryable(submission.problem)
        ? "Try again"
        : "Submit my answers";

  return (
    // Any change to an answer means there is something to lose by leaving the page; the
    // first focus means the patient has started, so the rest of the intake starts loading.
    <div onChange={() => setEdited(true)} onFocus={start}>
      <StepForm
        key={step.id}
        step={step}
        check={check}
        defaultValues={stepDefaults(step, state.draft)}
        issues={state.issues}
        focusHeading={state.moved}
        clinicName={clinicName}
        continueLabel={continueLabel}
        busy={busy}
        onContinue={(values) => {
          start();
          if (confirming) void submit(values, confirming);
          else dispatch({ type: "continued", step, values });
        }}
        onBack={
          step.id === firstStep.id && !state.returnToCheck ? undefined : (values) => dispatch({ type: "wentBack", step, values })
        }
        footer={confirming && <confirming.SubmissionNotice submission={submission} clinicPhone={clinicPhone} />}
      >
        {confirming && (
          <>
            <confirming.CheckAnswers draft={state.draft} disabled={busy} onChangeStep={(id) => dispatch({ type: "changeRequested", step: id })} />
            <h2>Now send your answers</h2>
          </>
        )}
      </StepForm>
    </div>
  );
}
