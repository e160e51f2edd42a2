"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { FormProvider, useForm, useWatch, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { isQuestionEnabled, steps, type Step } from "@/lib/questionnaire";
import { ErrorSummary, errorSummaryItems } from "@/components/ui/ErrorSummary";
import { Progress } from "./Progress";
import { QuestionField } from "./QuestionField";
import type { StepIssue } from "./step-issues";
import { prepareStepValues, type FormValues } from "./step-values";
import { useDocumentTitle } from "./use-document-title";

/** A step's own schema: `stepSchemas.<id>` or `consentStepSchema(patient)`. */
export type StepSchema = z.ZodType<FormValues, FormValues>;

interface StepFormProps {
  step: Step;
  schema: StepSchema;
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
}

function stepResolver(step: Step, schema: StepSchema): Resolver<FormValues> {
  const validate = zodResolver(schema);
  return (values, context, options) => validate(prepareStepValues(step.questions, values), context, options);
}

/** One question page: progress, error summary, heading, the step's questions, Continue and Back. */
export function StepForm({
  step,
  schema,
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
}: StepFormProps) {
  const resolver = useMemo(() => stepResolver(step, schema), [step, schema]);
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

  const position = steps.findIndex((candidate) => candidate.id === step.id) + 1;
  const title = `${step.title} – Step ${position} of ${steps.length} – ${clinicName}`;
  useDocumentTitle(summary.length > 0 ? `Error: ${title}` : title);

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);

  useEffect(() => {
    for (const issue of issues) setError(issue.questionId, { type: "server", message: issue.message });
  }, [issues, setError]);

  return (
    <>
      <Progress position={position} total={steps.length} />
      {/* A new key after each Continue remounts the summary, which moves focus to it again. */}
      {summary.length > 0 && <ErrorSummary key={submitCount} items={summary} />}
      <h1 ref={headingRef} tabIndex={-1}>
        {step.title}
      </h1>
      {"intro" in step && <p className="lead">{step.intro}</p>}
      <FormProvider {...form}>
        <form noValidate onSubmit={handleSubmit(onContinue)}>
          {children}
          {shown.map((question) => (
            <QuestionField key={question.id} question={question} />
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
    </>
  );
}
