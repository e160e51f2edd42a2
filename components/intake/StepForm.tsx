"use client";

import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { isQuestionEnabled } from "@/lib/questionnaire/enable-when";
import type { Step } from "@/lib/questionnaire/lookup";
import type { StepCheck } from "@/lib/questionnaire/step-check";
import { STEP_IDS } from "@/lib/questionnaire/step-order";
import type { ErrorSummary } from "@/components/ui/ErrorSummary";
import { errorSummaryItems } from "@/components/ui/error-summary-items";
import { Progress } from "./Progress";
import { QuestionField, type DatePartsWithError } from "./QuestionField";
import type { StepIssue } from "./step-issues";
import { prepareStepValues, type FormValues } from "./step-values";
import { useDocumentTitle } from "./use-document-title";

/** Checks a step's answers as the server will: `checkStep` with the step's questions. */
export type StepChecker = (values: FormValues) => Promise<StepCheck>;

interface StepFormProps {
  step: Step;
  check: StepChecker;
  /**
   * Resolves once `check` can run: its code may still be loading when Continue is pressed.
   * The answers are read after it, so that what the patient typed meanwhile is what is checked.
   */
  checksLoaded: () => Promise<unknown>;
  defaultValues: FormValues;
  /** Problems found elsewhere (whole-intake check or server) to show as if Continue found them. */
  issues: readonly StepIssue[];
  /** Move focus to the heading when the step opens, so screen readers announce the new step. */
  focusHeading: boolean;
  clinicName: string;
  continueLabel: string;
  /** While the answers are being sent: the buttons are disabled. */
  busy?: boolean;
  onContinue: (values: FormValues) => void;
  /** Absent on the first step. */
  onBack?: (values: FormValues) => void;
  /** Shown above the questions (Check your answers). */
  children?: ReactNode;
  /** Shown just above the buttons, where the patient is looking after pressing one. */
  footer?: ReactNode;
  /** Shown below the buttons (saving for later). */
  after?: ReactNode;
  /** Set to read the answers on screen as they stand, unvalidated (for history moves and saving). */
  valuesRef?: RefObject<(() => FormValues) | null>;
  /** Which boxes of a date an error is about: loaded with the step checks. */
  datePartsWithError: DatePartsWithError | undefined;
  /** The error summary: loaded with the step checks too, since no error comes before them. */
  errorSummary: typeof ErrorSummary | undefined;
}

function stepResolver(step: Step, check: StepChecker): Resolver<FormValues> {
  return async (values) => {
    const result = await check(prepareStepValues(step.questions, values));
    if (result.ok) return { values: result.values, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    for (const [questionId, message] of Object.entries(result.errors)) errors[questionId] = { type: "validate", message };
    return { values: {}, errors };
  };
}

/** One question page: progress, error summary, heading, the step's questions, Continue and Back. */
export function StepForm({
  step,
  check,
  checksLoaded,
  defaultValues,
  issues,
  focusHeading,
  clinicName,
  continueLabel,
  busy = false,
  onContinue,
  onBack,
  children,
  footer,
  after,
  valuesRef,
  datePartsWithError,
  errorSummary: Summary,
}: StepFormProps) {
  const resolver = useMemo(() => stepResolver(step, check), [step, check]);
  const form = useForm<FormValues>({
    resolver,
    defaultValues,
    // Errors change only when Continue is pressed (GOV.UK): the summary never jumps while the patient types.
    reValidateMode: "onSubmit",
    // Focus goes to the error summary instead, which lists every problem.
    shouldFocusError: false,
  });
  const {
    control,
    getValues,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = form;
  const values = useWatch({ control });
  const shown = step.questions.filter((question) => isQuestionEnabled(question, values));
  const summary = errorSummaryItems(errors, shown.map((question) => question.id));

  const position = STEP_IDS.indexOf(step.id) + 1;
  const title = `${step.title} – Step ${position} of ${STEP_IDS.length} – ${clinicName}`;
  useDocumentTitle(summary.length > 0 ? `Error: ${title}` : title);

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  useEffect(() => {
    if (valuesRef === undefined) return;
    valuesRef.current = () => prepareStepValues(step.questions, getValues());
    return () => {
      valuesRef.current = null;
    };
  }, [valuesRef, step, getValues]);

  useEffect(() => {
    for (const issue of issues) setError(issue.questionId, { type: "server", message: issue.message });
  }, [issues, setError]);

  return (
    <>
      <Progress position={position} total={STEP_IDS.length} />
      {/* A new key after each Continue remounts the summary, which moves focus to it again. */}
      {summary.length > 0 && Summary !== undefined && <Summary key={submitCount} items={summary} />}
      <h1 ref={headingRef} tabIndex={-1}>
        {step.title}
      </h1>
      {"intro" in step && <p className="lead">{step.intro}</p>}
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void checksLoaded().then(() => handleSubmit(onContinue)());
          }}
        >
          {children}
          {shown.map((question) => (
            <QuestionField key={question.id} question={question} datePartsWithError={datePartsWithError} />
          ))}
          {footer}
          <div className="button-group">
            <button type="submit" className="button" disabled={busy}>
              {continueLabel}
            </button>
            {onBack !== undefined && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => onBack(prepareStepValues(step.questions, getValues()))}
              >
                Back
              </button>
            )}
          </div>
        </form>
      </FormProvider>
      {after}
    </>
  );
}
