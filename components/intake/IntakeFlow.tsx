"use client";

import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useClinicTimeZone } from "@/components/ui/ClinicTimeZone";
import type { Step } from "@/lib/questionnaire/lookup";
import type { StepId } from "@/lib/questionnaire/step-order";
import { aboutStep } from "@/lib/questionnaire/steps/about";
import type { SavedDraft } from "./drafts";
import { newIdempotencyKey } from "./idempotency-key";
import { initialIntakeState, intakeReducer, resumedIntakeState, stepBefore } from "./intake-reducer";
import { ChecksPending, NextStepPending } from "./NextStepPending";
import { SentBefore } from "./SentBefore";
import { StepForm, type StepChecker } from "./StepForm";
import { saveStepValues, stepDefaults, type FormValues, type IntakeDraft } from "./step-values";
import { useLeaveGuard } from "./use-leave-guard";
import { useRestOfIntake, type RestOfIntake } from "./use-rest-of-intake";
import { useStepHistory } from "./use-step-history";

export interface IntakeFlowProps {
  clinicName: string;
  clinicPhone: string;
  /** Working days within which a clinician contacts a patient whose answers need review. */
  reviewContactDays: number;
  /** The clinic's online booking page, offered with an eligible result. */
  bookingUrl?: string;
  /** A saved draft the patient has just opened with its code (/intake/resume). */
  resumed?: { readonly draft: IntakeDraft; readonly step: StepId; readonly saved: SavedDraft };
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Comes with the page, so the first step is in the server's HTML and can be answered at once. */
const firstStep: Step = aboutStep;

/**
 * The patient's intake: the questionnaire's steps, Check your answers with consent, sending,
 * then the result. Answers live only in this component's state (never in storage or the URL).
 * Everything after the first step loads once the patient starts answering (`useRestOfIntake`).
 */
export function IntakeFlow({ clinicName, clinicPhone, reviewContactDays, bookingUrl, resumed }: IntakeFlowProps) {
  const [state, dispatch] = useReducer(intakeReducer, resumed, (draft) =>
    draft ? resumedIntakeState(draft.draft, draft.step) : initialIntakeState,
  );
  // One key for this patient's submission: every retry reuses it, so the server stores it once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Blocks a second send before React has re-rendered the disabled button (a double click).
  const sending = useRef(false);
  // Answers changed since the page opened or since they were last saved: leaving would lose them.
  const [unsaved, setUnsaved] = useState(false);
  const [saved, setSaved] = useState(resumed?.saved);
  const [sentBefore, setSentBefore] = useState<string>();
  const { load, start, ready } = useRestOfIntake();
  // Continue was pressed before the step checks arrived: say that the next questions are coming.
  const [awaitingChecks, setAwaitingChecks] = useState(false);
  const timeZone = useClinicTimeZone();
  const readValues = useRef<(() => FormValues) | null>(null);
  const guarded = unsaved && state.phase === "answering";
  useLeaveGuard(guarded);
  // A resumed draft starts beyond the first step, which needs the rest of the intake at once.
  useEffect(() => {
    if (resumed) start();
  }, [resumed, start]);

  const rest = load.status === "loaded" ? load.rest : undefined;
  const answering = state.phase === "answering" ? state : undefined;
  const step =
    answering && (answering.step === firstStep.id ? firstStep : rest?.steps.find((candidate) => candidate.id === answering.step));
  const firstName = text(answering?.draft.patient.firstName);
  const lastName = text(answering?.draft.patient.lastName);
  const historyBack = useStepHistory({
    step: state.phase === "answering" && sentBefore === undefined ? state.step : undefined,
    sentReference: state.phase === "done" ? state.receipt.reference : undefined,
    unsaved: guarded,
    onStep: (to) => dispatch({ type: "traversed", to, left: step && { step, values: readValues.current?.() ?? {} } }),
    onSentBefore: setSentBefore,
  });
  // The consent step compares the signature with the name given in "About you". The checks
  // come with the rest of the intake; if that cannot be fetched, the answers go on unchecked
  // to a next step that says so (the server checks whatever it is sent).
  const check = useMemo<StepChecker | undefined>(
    () =>
      step &&
      (async (values) => {
        const loaded = await ready();
        return loaded === undefined ? { ok: true, values } : loaded.checkStep(step.questions, values, { patient: { firstName, lastName }, timeZone });
      }),
    [step, firstName, lastName, timeZone, ready],
  );
  const checksLoaded = async () => {
    if (load.status !== "waiting") return;
    setAwaitingChecks(true);
    await ready();
    setAwaitingChecks(false);
  };

  if (sentBefore !== undefined) return <SentBefore reference={sentBefore} clinicName={clinicName} clinicPhone={clinicPhone} />;
  if (state.phase === "done") {
    // Sending needed the rest of the intake, so its result view has loaded.
    return (
      rest && (
        <rest.ResultView
          receipt={state.receipt}
          clinicName={clinicName}
          clinicPhone={clinicPhone}
          reviewContactDays={reviewContactDays}
          bookingUrl={bookingUrl}
        />
      )
    );
  }
  if (step === undefined || check === undefined) return <NextStepPending failed={load.status === "failed"} />;

  const submit = async (values: FormValues, { checkIntake, locateIssues, submitIntake }: RestOfIntake): Promise<void> => {
    if (sending.current) return;
    dispatch({ type: "continued", step, values });
    const checked = checkIntake(saveStepValues(state.draft, step, values), timeZone);
    if (!checked.ok) {
      // An earlier answer is no longer valid (changed, then left with Back): show where.
      dispatch({ type: "issuesFound", located: locateIssues(checked.issues) });
      return;
    }
    sending.current = true;
    dispatch({ type: "submitStarted" });
    const result = await submitIntake(checked.intake, idempotencyKey, saved?.resumeCode);
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
    <div onChange={() => setUnsaved(true)} onFocus={start}>
      <StepForm
        key={step.id}
        step={step}
        check={check}
        checksLoaded={checksLoaded}
        defaultValues={stepDefaults(step, state.draft)}
        issues={state.issues}
        focusHeading={state.moved}
        clinicName={clinicName}
        continueLabel={continueLabel}
        busy={busy}
        onContinue={(values) => {
          if (confirming) void submit(values, confirming);
          else dispatch({ type: "continued", step, values });
        }}
        onBack={
          step.id === firstStep.id && !state.returnToCheck
            ? undefined
            : (values) => {
                // When the browser's history holds the step before, the form's Back is the browser's Back.
                if (!answering || !historyBack(stepBefore(answering))) dispatch({ type: "wentBack", step, values });
              }
        }
        footer={
          confirming ? (
            <confirming.SubmissionNotice submission={submission} clinicPhone={clinicPhone} />
          ) : (
            <ChecksPending waiting={awaitingChecks} />
          )
        }
        valuesRef={readValues}
        datePartsWithError={rest?.datePartsWithError}
        errorSummary={rest?.ErrorSummary}
        after={
          rest &&
          !busy && (
            <rest.SaveForLater
              readDraft={() => saveStepValues(state.draft, step, readValues.current?.() ?? {})}
              steps={rest.steps}
              saved={saved}
              onSaved={(draft) => {
                setSaved(draft);
                setUnsaved(false);
              }}
              clinicPhone={clinicPhone}
            />
          )
        }
      >
        {confirming && (
          <>
            <confirming.CheckAnswers draft={state.draft} disabled={busy} onChangeStep={(id) => dispatch({ type: "changeRequested", step: id })} />
            <h2>Now send your answers</h2>
            <confirming.PrivacyNoticeLink />
          </>
        )}
      </StepForm>
    </div>
  );
}
